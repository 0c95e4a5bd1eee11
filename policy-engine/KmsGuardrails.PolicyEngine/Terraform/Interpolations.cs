namespace KmsGuardrails.PolicyEngine.Terraform;

/// <summary>Terraform template syntax in strings: <c>${…}</c> and <c>%{…}</c>, escaped as <c>$${</c> and <c>%%{</c>.</summary>
internal static class Interpolations
{
    public static bool HasAny(string text)
    {
        var withoutEscapes = text.Replace("$${", string.Empty).Replace("%%{", string.Empty);
        return withoutEscapes.Contains("${") || withoutEscapes.Contains("%{");
    }

    public static string Unescape(string text) => text.Replace("$${", "${").Replace("%%{", "%{");
}
