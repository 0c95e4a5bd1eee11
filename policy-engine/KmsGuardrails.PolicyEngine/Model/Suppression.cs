using KmsGuardrails.Rules;

namespace KmsGuardrails.PolicyEngine.Model;

/// <summary>A suppression written next to a resource: the rule id, the reason (required) and where it is written.</summary>
internal sealed record Suppression(string RuleId, string? Reason, SourcePosition Position);
