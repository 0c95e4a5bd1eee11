namespace KmsGuardrails.PolicyEngine.Terraform;

/// <summary>Terraform template syntax in strings: <c>${…}</c> and <c>%{…}</c>, escaped as <c>$${</c> and <c>%%{</c>.</summary>
internal static class Interpolations
{
    public static bool HasAny(string text)
    {
        var withoutEscapes = text.Replace("$${", string.Empty).Replace("%%{", string.Empty);
        return withoutEscapes.Contains("${") || withoutEscapes.Contains("%{");
    }

    /// <summary>The expression of a string that is one whole interpolation (<c>${aws_kms_key.a}</c> gives <c>aws_kms_key.a</c>), else the text.</summary>
    public static string Unwrap(string text)
    {
        var trimmed = text.Trim();
        return trimmed.StartsWith("${", System.StringComparison.Ordinal) && trimmed.EndsWith("}", System.StringComparison.Ordinal) && trimmed.IndexOf("${", 2, System.StringComparison.Ordinal) < 0
            ? trimmed.Substring(2, trimmed.Length - 3)
            : trimmed;
    }

    public static string Unescape(string text) => text.Replace("$${", "${").Replace("%%{", "%{");
}
