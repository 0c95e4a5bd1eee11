using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KmsGuardrails.Bench.Analyzers;

/// <summary>One analyzer-driver run: each analyzer's execution time and diagnostics, any analyzer exceptions.</summary>
internal sealed record AnalyzerRunResult(
    IReadOnlyDictionary<DiagnosticAnalyzer, TimeSpan> ExecutionTimes,
    IReadOnlyDictionary<DiagnosticAnalyzer, int> Diagnostics,
    IReadOnlyList<string> Exceptions,
    TimeSpan Wall);
