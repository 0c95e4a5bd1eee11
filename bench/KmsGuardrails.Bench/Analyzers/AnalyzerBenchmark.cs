using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KmsGuardrails.Bench.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KmsGuardrails.Bench.Analyzers;

/// <summary>
/// Our analyzers, Meziantou.Analyzer and Roslynator in one analyzer driver, on a KMS-heavy program
/// that references the real AWS SDK and on a same-size program without it; and the compiler's own
/// time on each. Every measurement uses a fresh compilation and follows an untimed warm-up run.
/// </summary>
internal static class AnalyzerBenchmark
{
    public static async Task RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var plan = options.Quick ? AnalyzerBenchmarkPlan.Quick : AnalyzerBenchmarkPlan.Full;
        var sets = new[] { AnalyzerSets.Ours(), AnalyzerSets.Meziantou(), AnalyzerSets.Roslynator() };
        Console.WriteLine($"## Analyzers: Roslyn {typeof(Compilation).Assembly.GetName().Version}, single-threaded");
        Console.WriteLine();
        foreach (var set in sets)
        {
            Progress($"{set.Name} {set.Version}: {set.Analyzers.Length} analyzers ({set.Source})");
        }

        var dotNet = ReferenceAssemblies.DotNet();
        var programs = new[]
        {
            new BenchCompilation("KMS-heavy", CSharpSourceFactory.KmsHeavy(plan.Files, options.Seed), dotNet.Concat(ReferenceAssemblies.AwsSdk()).ToList()),
            new BenchCompilation("no AWS SDK", CSharpSourceFactory.Plain(plan.Files, options.Seed), dotNet),
        };

        var results = new List<CompilationResult>();
        foreach (var program in programs)
        {
            results.Add(await MeasureAsync(program, sets, plan, cancellationToken));
        }

        Console.WriteLine();
        AnalyzerReport.Write(Console.Out, results, sets, plan);
    }

    private static async Task<CompilationResult> MeasureAsync(BenchCompilation program, IReadOnlyList<AnalyzerSet> sets, AnalyzerBenchmarkPlan plan, CancellationToken cancellationToken)
    {
        Progress($"{program.Name}: {program.Files} files, {program.Lines} lines");
        var primer = new CompilationStatePrimer();
        var all = sets.SelectMany(set => set.Analyzers).Prepend(primer).ToImmutableArray();

        // Untimed: the program must compile, and every analyzer runs once before it is timed.
        CompilerTiming.EnsureCompiles(program);
        await AnalyzerRun.RunAsync(program.Fresh(), all, cancellationToken);

        // The compiler and the analyzers are timed in turns, so both see the machine in the same state.
        var compileRuns = new List<double>();
        var bindRuns = new List<double>();
        var runs = new List<AnalyzerRunResult>();
        for (var repeat = 0; repeat < plan.Repeats; repeat++)
        {
            compileRuns.Add(CompilerTiming.CompileMilliseconds(program));
            bindRuns.Add(CompilerTiming.BindMilliseconds(program));
            runs.Add(await AnalyzerRun.RunAsync(program.Fresh(), all, cancellationToken));
            Progress($"  run {repeat + 1}: compile {compileRuns[^1]:0} ms (binding {bindRuns[^1]:0} ms), all analyzers {runs[^1].Wall.TotalSeconds:0.0} s");
        }

        double Median(Func<AnalyzerRunResult, double> milliseconds) => Numbers.Median(runs.Select(milliseconds));
        var setMilliseconds = sets.ToDictionary(set => set, set => Median(run => set.Analyzers.Sum(a => run.ExecutionTimes[a].TotalMilliseconds)));
        var analyzerMilliseconds = all.ToDictionary(analyzer => analyzer, analyzer => Median(run => run.ExecutionTimes[analyzer].TotalMilliseconds));
        var diagnostics = sets.ToDictionary(set => set, set => set.Analyzers.Sum(a => runs[0].Diagnostics[a]));
        return new CompilationResult(program, Numbers.Median(compileRuns), Numbers.Median(bindRuns), Median(run => run.ExecutionTimes[primer].TotalMilliseconds), setMilliseconds,
            analyzerMilliseconds, diagnostics, runs.SelectMany(r => r.Exceptions).Distinct().ToList());
    }

    private static void Progress(string line) => Console.Error.WriteLine(line);
}
