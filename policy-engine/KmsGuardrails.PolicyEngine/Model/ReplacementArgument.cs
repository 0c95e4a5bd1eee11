namespace KmsGuardrails.PolicyEngine.Model;

/// <summary>
/// A property whose change replaces the resource (createOnly in CloudFormation, ForceNew in the
/// Terraform provider). <see cref="Default"/> is the value an omitted argument has; an omitted
/// <see cref="Computed"/> argument keeps whatever value the resource already has, so adding or
/// removing it changes nothing.
/// </summary>
internal sealed record ReplacementArgument(string Name, string? Default = null, bool Computed = false);
