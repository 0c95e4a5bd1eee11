using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KmsGuardrails.Bench.Reporting;

namespace KmsGuardrails.Bench.Cli;

/// <summary>The CLI benchmark's tables and its goals, each stated against what was measured in the same run.</summary>
internal static class CliReport
{
    private const int RatioGoalSize = 1_000;
    private const double RatioGoal = 100;
    private const int MemoryGoalSize = 10_000;
    private const double MemoryGoalMegabytes = 300;

    public static void Write(TextWriter output, IReadOnlyList<CliSizeResult> results, CliBenchmarkPlan plan)
    {
        output.WriteLine("### CloudFormation templates: kms-guardrails against cfn-lint (same files, one process each)");
        output.WriteLine();
        var templates = new MarkdownTable("corpus", "templates", "MiB", "ours s", "ours files/s", "ours peak MiB",
            "cfn-lint s", "cfn-lint files/s", "cfn-lint peak MiB", "throughput ours/cfn-lint", "CPU time cfn-lint/ours");
        foreach (var result in results)
        {
            var corpus = result.Corpus;
            var ours = result.OursOnTemplates;
            var lint = result.CfnLintOnTemplates;
            templates.AddRow(
                Numbers.Count(result.Size), Numbers.Count(corpus.Templates), Numbers.Format(corpus.CloudFormationBytes / 1048576.0, 1),
                Numbers.Format(ours.WallSeconds, 2), Numbers.Format(ours.FilesPerSecond(corpus.Templates), 0), Numbers.Format(ours.PeakRssMegabytes, 0),
                lint is null ? "not run" : Numbers.Format(lint.WallSeconds, 2),
                lint is null ? "-" : Numbers.Format(corpus.Templates / lint.WallSeconds, 1),
                lint is null ? "-" : Numbers.Format(lint.PeakRssMegabytes, 0),
                lint is null ? "-" : Numbers.Ratio(lint.WallSeconds / ours.WallSeconds),
                lint is null ? "-" : Numbers.Ratio(lint.CpuSeconds / ours.CpuSeconds));
        }

        output.WriteLine(templates);
        output.WriteLine($"Ours: median of {plan.OurRepeats} runs, highest peak RSS of them; cfn-lint: one run, not run above {Numbers.Count(plan.CfnLintLargestSize)} files. "
            + "Throughput ratio = cfn-lint wall time / ours on the same templates. Ours scans files in parallel on both cores; cfn-lint uses one, hence the CPU-time column.");
        output.WriteLine();

        output.WriteLine("### Whole corpus (templates, Terraform JSON, plans): kms-guardrails");
        output.WriteLine();
        var corpusTable = new MarkdownTable("corpus", "files", "MiB", "wall s", "files/s", "CPU s", "peak MiB", "time growth", "templates-only growth");
        var first = results[0];
        foreach (var result in results)
        {
            var ours = result.OursOnCorpus;
            corpusTable.AddRow(
                Numbers.Count(result.Size), Numbers.Count(result.Corpus.TotalFiles), Numbers.Format(result.Corpus.TotalBytes / 1048576.0, 1),
                Numbers.Format(ours.WallSeconds, 2), Numbers.Format(ours.FilesPerSecond(result.Corpus.TotalFiles), 0), Numbers.Format(ours.CpuSeconds, 2),
                Numbers.Format(ours.PeakRssMegabytes, 0),
                $"{Numbers.Ratio(ours.WallSeconds / first.OursOnCorpus.WallSeconds)} for {Numbers.Ratio((double)result.Size / first.Size)} files",
                Numbers.Ratio(result.OursOnTemplates.WallSeconds / first.OursOnTemplates.WallSeconds));
        }

        output.WriteLine(corpusTable);

        output.WriteLine("### Terraform HCL beside CloudFormation: kms-guardrails");
        output.WriteLine();
        var hclTable = new MarkdownTable("corpus", "HCL files", "HCL MiB", "HCL s", "HCL files/s", "HCL MiB/s", "templates files/s", "templates MiB/s", "HCL time growth");
        foreach (var result in results)
        {
            var hcl = result.OursOnHcl;
            var onTemplates = result.OursOnTemplates;
            hclTable.AddRow(
                Numbers.Count(result.Size), Numbers.Count(result.Corpus.HclConfigurations), Numbers.Format(result.Corpus.HclBytes / 1048576.0, 2),
                Numbers.Format(hcl.WallSeconds, 2), Numbers.Format(hcl.FilesPerSecond(result.Corpus.HclConfigurations), 0),
                Numbers.Format(result.Corpus.HclBytes / 1048576.0 / hcl.WallSeconds, 2),
                Numbers.Format(onTemplates.FilesPerSecond(result.Corpus.Templates), 0),
                Numbers.Format(result.Corpus.CloudFormationBytes / 1048576.0 / onTemplates.WallSeconds, 2),
                $"{Numbers.Ratio(hcl.WallSeconds / first.OursOnHcl.WallSeconds)} for {Numbers.Ratio((double)result.Corpus.HclConfigurations / Math.Max(1, first.Corpus.HclConfigurations))} files");
        }

        output.WriteLine(hclTable);
        WriteGoals(output, results);
    }

    private static void WriteGoals(TextWriter output, IReadOnlyList<CliSizeResult> results)
    {
        output.WriteLine("### Goals");
        output.WriteLine();
        var atRatioSize = results.FirstOrDefault(r => r.Size == RatioGoalSize && r.CfnLintOnTemplates is not null);
        if (atRatioSize is null)
        {
            output.WriteLine($"- throughput >= {RatioGoal}x cfn-lint's at {Numbers.Count(RatioGoalSize)} files: not measured in this run");
        }
        else
        {
            var ratio = atRatioSize.CfnLintOnTemplates!.WallSeconds / atRatioSize.OursOnTemplates.WallSeconds;
            output.WriteLine($"- throughput >= {RatioGoal}x cfn-lint's at {Numbers.Count(RatioGoalSize)} files ({atRatioSize.Corpus.Templates} templates): {Numbers.Ratio(ratio)} -> {Verdict(ratio >= RatioGoal)}");
        }

        var first = results[0];
        foreach (var result in results.Skip(1))
        {
            var growth = result.OursOnCorpus.WallSeconds / first.OursOnCorpus.WallSeconds;
            var files = (double)result.Size / first.Size;
            output.WriteLine($"- time growing no worse than linearly, {Numbers.Count(first.Size)} -> {Numbers.Count(result.Size)} files: {Numbers.Ratio(growth)} the time for {Numbers.Ratio(files)} the files -> {Verdict(growth <= files)}");
        }

        var atMemorySize = results.FirstOrDefault(r => r.Size == MemoryGoalSize);
        output.WriteLine(atMemorySize is null
            ? $"- peak memory < {MemoryGoalMegabytes} MiB at {Numbers.Count(MemoryGoalSize)} files: not measured in this run"
            : $"- peak memory < {MemoryGoalMegabytes} MiB at {Numbers.Count(MemoryGoalSize)} files: {Numbers.Format(atMemorySize.OursOnCorpus.PeakRssMegabytes, 0)} MiB -> {Verdict(atMemorySize.OursOnCorpus.PeakRssMegabytes < MemoryGoalMegabytes)}");
        output.WriteLine();
    }

    private static string Verdict(bool met) => met ? "met" : "NOT met";
}
