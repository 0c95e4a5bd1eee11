using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Catalog;

namespace KmsGuardrails.PolicyEngine.Findings;

/// <summary>One rule that applies at one place of one input file.</summary>
public sealed record Finding(
    RuleDescriptor Rule,
    string File,
    SourcePosition Position,
    string Subject,
    string Message,
    string Evidence)
{
    /// <summary>Set when a suppression matched; suppressed findings are kept for reporters.</summary>
    public FindingSuppression? Suppression { get; init; }

    public bool IsSuppressed => Suppression is not null;

    public override string ToString() => $"{File}{Position}: {Rule.Id}: {Message}";
}
