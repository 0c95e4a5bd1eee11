using KmsGuardrails.Rules.Catalog;

namespace KmsGuardrails.Cli.Reporting;

/// <summary>Report levels, in the order --fail-on compares them (SARIF's names).</summary>
internal enum Severity
{
    None,
    Note,
    Warning,
    Error,
}

/// <summary>Conversions between the catalog's severities and report levels.</summary>
internal static class Severities
{
    public static Severity Of(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => Severity.Error,
        RuleSeverity.Warning => Severity.Warning,
        _ => Severity.Note,
    };

    public static string Name(Severity severity) => severity.ToString().ToLowerInvariant();
}
