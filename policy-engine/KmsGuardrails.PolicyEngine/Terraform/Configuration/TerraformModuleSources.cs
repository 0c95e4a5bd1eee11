using System;

namespace KmsGuardrails.PolicyEngine.Terraform.Configuration;

/// <summary>Terraform reads a module source that starts with <c>./</c> or <c>../</c> as a local folder; anything else is fetched.</summary>
internal static class TerraformModuleSources
{
    public static bool IsLocal(string source) =>
        source is "." or ".." || source.StartsWith("./", StringComparison.Ordinal) || source.StartsWith("../", StringComparison.Ordinal)
        || source.StartsWith(".\\", StringComparison.Ordinal) || source.StartsWith("..\\", StringComparison.Ordinal);
}
