using System.Collections.Generic;
using System.IO;
using System.Linq;
using KmsGuardrails.Bench.Reporting;

namespace KmsGuardrails.Bench.Analyzers;

/// <summary>The analyzer benchmark's tables and goals, as ratios against the peers and the compiler in the same run.</summary>
internal static class AnalyzerReport
{
    private const double NoSdkGoalMilliseconds = 1;
    private const double CompilerShareGoal = 0.01;
    private const double MeziantouShareGoal = 0.1;

    public static void Write(TextWriter output, IReadOnlyList<CompilationResult> results, IReadOnlyList<AnalyzerSet> sets, AnalyzerBenchmarkPlan plan)
    {
        var ours = sets[0];
        var meziantou = sets[1];
        output.WriteLine("### Analyzer execution time against the peers and the compiler");
        output.WriteLine();
        var headers = new List<string> { "compilation", "files", "lines", "compile ms", "binding ms", "first type lookup ms" };
        headers.AddRange(sets.Select(set => $"{set.Name} ms ({set.Analyzers.Length})"));
        headers.AddRange(sets.Skip(1).Select(set => $"ours / {set.Name}"));
        headers.Add("ours / compile");
        headers.Add("ours / binding");
        var table = new MarkdownTable(headers.ToArray());
        foreach (var result in results)
        {
            var cells = new List<string> { result.Program.Name, Numbers.Count(result.Program.Files), Numbers.Count(result.Program.Lines), Milliseconds(result.CompileMilliseconds), Milliseconds(result.BindMilliseconds), Milliseconds(result.PrimerMilliseconds) };
            cells.AddRange(sets.Select(set => Milliseconds(result.SetMilliseconds[set])));
            cells.AddRange(sets.Skip(1).Select(set => Numbers.Percent(result.SetMilliseconds[ours] / result.SetMilliseconds[set])));
            cells.Add(Numbers.Percent(result.SetMilliseconds[ours] / result.CompileMilliseconds));
            cells.Add(Numbers.Percent(result.SetMilliseconds[ours] / result.BindMilliseconds));
            table.AddRow(cells.ToArray());
        }

        output.WriteLine(table);
        output.WriteLine($"Analyzer times: sum of the driver's per-analyzer ExecutionTime (logAnalyzerExecutionTime, concurrentAnalysis off), all three packages in one driver, "
            + $"median of {plan.Repeats} runs after a warm-up. Compile: what csc does in a build, parsing every file, binding and emitting the assembly to memory; binding: GetDiagnostics() on a fresh compilation of the parsed files, "
            + $"the part analyzers run beside; both single-threaded (concurrentBuild off), median of {plan.Repeats}, timed in turns with the analyzers. "
            + "Peers run with their default rule severities. First type lookup: the compilation state (merged global namespace) that whichever analyzer "
            + "looks a type up first would be charged for; a primer analyzer placed first in the driver builds it, so no package is charged for it.");
        output.WriteLine();

        output.WriteLine("### Our analyzers one by one (ms)");
        output.WriteLine();
        var ourTable = new MarkdownTable(new[] { "analyzer" }.Concat(results.Select(r => r.Program.Name)).ToArray());
        foreach (var analyzer in ours.Analyzers)
        {
            ourTable.AddRow(new[] { analyzer.GetType().Name }.Concat(results.Select(r => Milliseconds(r.AnalyzerMilliseconds[analyzer]))).ToArray());
        }

        output.WriteLine(ourTable);
        foreach (var result in results)
        {
            output.WriteLine($"Diagnostics on {result.Program.Name}: " + string.Join(", ", sets.Select(set => $"{set.Name} {Numbers.Count(result.SetDiagnostics[set])}"))
                + (result.AnalyzerExceptions.Count == 0 ? "; no analyzer exceptions." : $"; analyzer exceptions: {string.Join("; ", result.AnalyzerExceptions)}"));
        }

        output.WriteLine();
        WriteGoals(output, results, ours, meziantou);
    }

    private static void WriteGoals(TextWriter output, IReadOnlyList<CompilationResult> results, AnalyzerSet ours, AnalyzerSet meziantou)
    {
        var kmsHeavy = results[0];
        var noSdk = results[1];
        output.WriteLine("### Goals");
        output.WriteLine();
        var idle = noSdk.SetMilliseconds[ours];
        output.WriteLine($"- no AWS SDK referenced: ours < {Numbers.Format(NoSdkGoalMilliseconds, 0)} ms: {Milliseconds(idle)} ms -> {Verdict(idle < NoSdkGoalMilliseconds)}");
        var compilerShare = kmsHeavy.SetMilliseconds[ours] / kmsHeavy.CompileMilliseconds;
        output.WriteLine($"- KMS-heavy: ours <= {Numbers.Percent(CompilerShareGoal)} of the compilation's own time (parse, bind, emit): {Numbers.Percent(compilerShare)} -> {Verdict(compilerShare <= CompilerShareGoal)}");
        var meziantouShare = kmsHeavy.SetMilliseconds[ours] / kmsHeavy.SetMilliseconds[meziantou];
        output.WriteLine($"- KMS-heavy: ours <= a tenth of {meziantou.Name}'s time: {Numbers.Percent(meziantouShare)} of it -> {Verdict(meziantouShare <= MeziantouShareGoal)}");
        output.WriteLine();
    }

    private static string Milliseconds(double value) => Numbers.Format(value, value < 10 ? 3 : 0);

    private static string Verdict(bool met) => met ? "met" : "NOT met";
}
