using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KmsGuardrails.Bench.Corpus;

namespace KmsGuardrails.Bench.Cli;

/// <summary>
/// Whole-process runs, side by side at each corpus size: kms-guardrails on the CloudFormation
/// templates and on the whole corpus (median of several runs), cfn-lint on the same templates
/// (one run; it takes minutes). Each size's corpus is generated, measured, then deleted.
/// </summary>
internal static class CliBenchmark
{
    public static void Run(BenchOptions options)
    {
        var plan = options.Quick ? CliBenchmarkPlan.Quick : CliBenchmarkPlan.Full;
        var ours = KmsGuardrailsCli.Locate();
        var cfnLint = CfnLint.Locate();
        Console.WriteLine($"## CLI: kms-guardrails ({BuildInfo.Configuration}) against cfn-lint {cfnLint?.Version ?? "(not installed: skipped)"}");
        Console.WriteLine();

        var results = new List<CliSizeResult>();
        var warmedUp = false;
        foreach (var size in plan.Sizes)
        {
            var corpus = CorpusGenerator.Generate(Path.Combine(options.WorkFolder, $"corpus-{size}"), size, options.Seed);
            Progress($"{size} files: {corpus.Templates} templates, {corpus.TerraformConfigurations} Terraform configurations, {corpus.TerraformPlans} plans, {corpus.TotalBytes / 1024} KiB");
            if (!warmedUp)
            {
                // One untimed run of each tool, so that neither pays for a cold disk cache.
                ours.Scan(corpus.CloudFormationFolder, corpus.Templates);
                cfnLint?.WarmUp(Directory.EnumerateFiles(corpus.CloudFormationFolder, "*", SearchOption.AllDirectories).First());
                warmedUp = true;
            }

            results.Add(Measure(size, corpus, plan, ours, cfnLint));
            if (!options.KeepCorpus)
            {
                Directory.Delete(corpus.Root, recursive: true);
            }
        }

        Console.WriteLine();
        CliReport.Write(Console.Out, results, plan);
    }

    private static CliSizeResult Measure(int size, GeneratedCorpus corpus, CliBenchmarkPlan plan, KmsGuardrailsCli ours, CfnLint? cfnLint)
    {
        var onTemplates = new List<ProcessMeasurement>();
        var onCorpus = new List<ProcessMeasurement>();
        var onHcl = new List<ProcessMeasurement>();
        for (var run = 0; run < plan.OurRepeats; run++)
        {
            onTemplates.Add(ours.Scan(corpus.CloudFormationFolder, corpus.Templates));
            onCorpus.Add(ours.Scan(corpus.Root, corpus.TotalFiles));
            onHcl.Add(ours.Scan(corpus.HclFolder, corpus.HclConfigurations));
        }

        var ourFindings = KmsGuardrailsCli.Findings(onTemplates[0]);
        Progress($"  kms-guardrails: {onTemplates[0].WallSeconds:0.00} s on the templates ({ourFindings} findings), {onCorpus[0].WallSeconds:0.00} s on all files");

        ProcessMeasurement? lint = null;
        var lintFindings = 0;
        if (cfnLint is not null && size <= plan.CfnLintLargestSize)
        {
            lint = cfnLint.Lint(corpus.CloudFormationFolder, corpus.Templates);
            lintFindings = CfnLint.Findings(lint);
            Progress($"  cfn-lint: {lint.WallSeconds:0.00} s on the templates ({lintFindings} findings)");
        }

        return new CliSizeResult(size, corpus, RepeatedMeasurement.From(onTemplates), RepeatedMeasurement.From(onCorpus), RepeatedMeasurement.From(onHcl), lint, ourFindings, lintFindings);
    }

    private static void Progress(string line) => Console.Error.WriteLine(line);
}
