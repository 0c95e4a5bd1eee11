using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KmsGuardrails.Bench.Analyzers;

/// <summary>What was measured on one compilation: the compiler's time and each analyzer set's (medians, in milliseconds).</summary>
internal sealed record CompilationResult(
    BenchCompilation Program,
    double CompilerMilliseconds,
    double PrimerMilliseconds,
    IReadOnlyDictionary<AnalyzerSet, double> SetMilliseconds,
    IReadOnlyDictionary<DiagnosticAnalyzer, double> AnalyzerMilliseconds,
    IReadOnlyDictionary<AnalyzerSet, int> SetDiagnostics,
    IReadOnlyList<string> AnalyzerExceptions);
