using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KmsGuardrails.Bench.Analyzers;

/// <summary>
/// Runs analyzers over a compilation with the driver's own per-analyzer clock
/// (logAnalyzerExecutionTime) and without concurrency, so each analyzer's time is its own
/// callbacks' time and not another's waiting.
/// </summary>
internal static class AnalyzerRun
{
    public static async Task<AnalyzerRunResult> RunAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken)
    {
        var exceptions = new ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Add($"{analyzer.GetType().Name}: {exception.GetType().Name}: {exception.Message}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);

        Quiesce.Memory();
        var clock = Stopwatch.StartNew();
        var result = await withAnalyzers.GetAnalysisResultAsync(cancellationToken);
        clock.Stop();

        var times = new Dictionary<DiagnosticAnalyzer, TimeSpan>();
        var diagnostics = new Dictionary<DiagnosticAnalyzer, int>();
        foreach (var analyzer in analyzers)
        {
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, cancellationToken);
            times[analyzer] = telemetry.ExecutionTime;
            diagnostics[analyzer] = Count(result.SyntaxDiagnostics, analyzer) + Count(result.SemanticDiagnostics, analyzer)
                + (result.CompilationDiagnostics.TryGetValue(analyzer, out var forCompilation) ? forCompilation.Length : 0);
        }

        return new AnalyzerRunResult(times, diagnostics, exceptions.ToList(), clock.Elapsed);
    }

    private static int Count(ImmutableDictionary<SyntaxTree, ImmutableDictionary<DiagnosticAnalyzer, ImmutableArray<Diagnostic>>> byTree, DiagnosticAnalyzer analyzer) =>
        byTree.Values.Sum(byAnalyzer => byAnalyzer.TryGetValue(analyzer, out var diagnostics) ? diagnostics.Length : 0);
}
