namespace KmsGuardrails.PolicyEngine.Findings;

/// <summary>Why a finding is suppressed: in the source (template metadata, a comment) or outside it (configuration, baseline).</summary>
public sealed record FindingSuppression(SuppressionKind Kind, string Reason);
