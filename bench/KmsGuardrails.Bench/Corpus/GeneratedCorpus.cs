namespace KmsGuardrails.Bench.Corpus;

/// <summary>What <see cref="CorpusGenerator"/> wrote, and where.</summary>
internal sealed record GeneratedCorpus(
    string Root,
    string CloudFormationFolder,
    int JsonTemplates,
    int YamlTemplates,
    int TerraformConfigurations,
    int TerraformPlans,
    long CloudFormationBytes,
    long TotalBytes)
{
    public int Templates => JsonTemplates + YamlTemplates;

    public int TotalFiles => Templates + TerraformConfigurations + TerraformPlans;
}
