namespace KmsGuardrails.PolicyEngine.Findings;

/// <summary>Where a suppression is written, as SARIF distinguishes it.</summary>
public enum SuppressionKind
{
    InSource,
    External,
}
