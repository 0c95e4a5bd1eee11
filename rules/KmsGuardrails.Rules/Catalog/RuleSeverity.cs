namespace KmsGuardrails.Rules.Catalog;

/// <summary>Default severity of a rule. Maps to Roslyn's DiagnosticSeverity and to SARIF levels.</summary>
public enum RuleSeverity
{
    Info,
    Warning,
    Error,
}
