using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KmsGuardrails.Bench.Analyzers;

/// <summary>What was measured on one compilation: the compiler's time (whole compile and binding alone) and each analyzer set's (medians, in milliseconds).</summary>
internal sealed record CompilationResult(
    BenchCompilation Program,
    double CompileMilliseconds,
    double BindMilliseconds,
    double PrimerMilliseconds,
    IReadOnlyDictionary<AnalyzerSet, double> SetMilliseconds,
    IReadOnlyDictionary<DiagnosticAnalyzer, double> AnalyzerMilliseconds,
    IReadOnlyDictionary<AnalyzerSet, int> SetDiagnostics,
    IReadOnlyList<string> AnalyzerExceptions);
