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

    /// <summary>The Terraform configurations written as HCL (<c>*.tf</c>), in a folder of their own.</summary>
    public string HclFolder { get; init; } = string.Empty;

    public int HclConfigurations { get; init; }

    public long HclBytes { get; init; }

    public int TotalFiles => Templates + TerraformConfigurations + TerraformPlans;
}
