namespace KmsGuardrails.PolicyEngine.Terraform.Configuration;

/// <summary>A variable (with its default, if any) or a local value, and the file that declares it.</summary>
internal sealed record TerraformNamedValue(string File, string Name, TerraformValueSyntax? Value);
