using KmsGuardrails.Bench.Corpus;

namespace KmsGuardrails.Bench.Cli;

/// <summary>Everything measured on one corpus size: ours on the templates and on the whole corpus, cfn-lint on the templates.</summary>
internal sealed record CliSizeResult(
    int Size,
    GeneratedCorpus Corpus,
    RepeatedMeasurement OursOnTemplates,
    RepeatedMeasurement OursOnCorpus,
    RepeatedMeasurement OursOnHcl,
    ProcessMeasurement? CfnLintOnTemplates,
    int OursTemplateFindings,
    int CfnLintFindings);
