using System.Collections.Generic;
using System.Linq;
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

    /// <summary>The severity of this finding when it differs from its rule's default (KMS017 at a change); null for the default.</summary>
    public RuleSeverity? Severity { get; init; }

    public override string ToString() => $"{File}{Position}: {Rule.Id}: {Message}";

    /// <summary>
    /// Each message about a subject once per file, at its first place: a key replaced for two
    /// reasons is deleted once (one KMS008), while each reason keeps its own KMS015.
    /// </summary>
    internal static IReadOnlyList<Finding> Once(IEnumerable<Finding> findings) =>
        findings.GroupBy(f => (f.Rule.Id, f.File, f.Subject, f.Message)).Select(g => g.First()).ToList();

    /// <summary>The finding a hazard makes at <paramref name="position"/>, naming <paramref name="subject"/>.</summary>
    internal static Finding From(Hazard hazard, string file, SourcePosition position, string subject, string conditionText = "") =>
        new(hazard.Rule, file, position, subject, hazard.FormatMessage(subject) + conditionText, hazard.Evidence) { Severity = hazard.Severity };
}
