namespace KmsGuardrails.PolicyEngine.Scanning;

/// <summary>What an input file turned out to be, detected by its content.</summary>
public enum InputKind
{
    /// <summary>None of the inputs KmsGuardrails reads (for example a package.json).</summary>
    Other,
    CloudFormation,
    TerraformJson,

    /// <summary>Terraform configuration in HCL (<c>*.tf</c>).</summary>
    TerraformHcl,
    TerraformPlan,
    KeyPolicy,
}
