using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KmsGuardrails.Bench.Analyzers;

/// <summary>The analyzers of one package, measured together.</summary>
internal sealed record AnalyzerSet(string Name, string Version, string Source, ImmutableArray<DiagnosticAnalyzer> Analyzers);
