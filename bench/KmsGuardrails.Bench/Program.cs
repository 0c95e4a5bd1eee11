using System;
using System.Threading;
using KmsGuardrails.Bench.Analyzers;
using KmsGuardrails.Bench;
using KmsGuardrails.Bench.Cli;
using KmsGuardrails.Bench.Corpus;

var options = BenchOptions.Parse(args);
if (options is null)
{
    return 2;
}

if (options.Command == "corpus")
{
    var corpus = CorpusGenerator.Generate(options.CorpusFolder!, options.CorpusSize, options.Seed);
    Console.WriteLine($"{corpus.TotalFiles} files ({corpus.JsonTemplates} JSON and {corpus.YamlTemplates} YAML templates, "
        + $"{corpus.TerraformConfigurations} Terraform configurations, {corpus.TerraformPlans} plans), {corpus.TotalBytes / 1024} KiB in {corpus.Root}");
    return 0;
}

if (options.RunsCli)
{
    CliBenchmark.Run(options);
}

if (options.RunsAnalyzers)
{
    await AnalyzerBenchmark.RunAsync(options, CancellationToken.None);
}

return 0;
