using System;
using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Findings;
using KmsGuardrails.PolicyEngine.Model;

namespace KmsGuardrails.PolicyEngine.Scanning;

/// <summary>
/// Marks findings suppressed by the suppressions written on their resource. A suppression without
/// a reason does not apply, and is itself reported.
/// </summary>
internal static class SuppressionApplier
{
    public static IEnumerable<Finding> Apply(IReadOnlyList<Suppression> suppressions, IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            var match = suppressions.FirstOrDefault(s => s.Reason is not null && string.Equals(s.RuleId, finding.Rule.Id, StringComparison.OrdinalIgnoreCase));
            yield return match is null ? finding : finding with { Suppression = new FindingSuppression(SuppressionKind.InSource, match.Reason!) };
        }
    }

    public static IEnumerable<InputProblem> WithoutReason(string file, string address, IReadOnlyList<Suppression> suppressions) =>
        suppressions.Where(s => s.Reason is null).Select(s =>
            new InputProblem(file, s.Position, $"the suppression of {s.RuleId} on '{address}' gives no reason, so it does not apply", IsError: false));
}
