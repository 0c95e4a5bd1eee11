using System.Collections.Generic;

namespace KmsGuardrails.PolicyEngine.Checks;

/// <summary>How a finding names the template conditions it holds under: " (when IsProd is true)".</summary>
internal static class ConditionText
{
    public static string Of(IReadOnlyCollection<string> conditions) =>
        conditions.Count == 0 ? string.Empty : " (when " + string.Join(" and ", conditions) + ")";
}
