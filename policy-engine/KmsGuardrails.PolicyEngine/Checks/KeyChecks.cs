using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Findings;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.PolicyEngine.Checks;

/// <summary>
/// The rules on declared keys. A declaration is translated into the lifecycle model's terms (the
/// key its properties create, and what deleting its stack or module would do) and the shared
/// simulator decides the hazards; this class only points each one at the property it comes from.
/// </summary>
internal sealed class KeyChecks
{
    /// <summary>Bounds the combinations of conditional values checked together.</summary>
    private const int MaximumCombinations = 64;

    private readonly LifecycleOptions options;

    public KeyChecks(LifecycleOptions options) => this.options = options;

    public IEnumerable<Finding> Check(KeyDeclaration key)
    {
        var findings = new List<Finding>();
        CheckStackDeletion(key, findings);
        CheckMaterialExpiry(key, findings);
        return findings.Distinct();
    }

    /// <summary>KMS001–KMS004, KMS014: what deleting the stack or module would do, for each combination of the key's values.</summary>
    private void CheckStackDeletion(KeyDeclaration key, List<Finding> findings)
    {
        var combinations =
            from window in Values(key.PendingWindowInDays)
            from spec in Values(key.KeySpec)
            from usage in Values(key.KeyUsage)
            from multiRegion in Values(key.MultiRegion)
            from origin in Values(key.Origin)
            select new Combination(window, spec, usage, multiRegion, origin);
        foreach (var combination in combinations.Take(MaximumCombinations))
        {
            var created = new KeyCreationRequest
            {
                KeySpec = RequestValueOf(combination.Spec),
                KeyUsage = RequestValueOf(combination.Usage),
                MultiRegion = RequestValueOf(combination.MultiRegion),
                Origin = RequestValueOf(combination.Origin),
                CustomKeyStore = key.CustomKeyStore,
                IsReplica = key.IsReplica,
                ReplicaCount = key.ReplicasDeclared > 0 ? key.ReplicasDeclared : null,
            };
            var window = combination.Window is null ? PendingWindow.Omitted
                : combination.Window.Scalar?.AsInt32() is { } days ? PendingWindow.OfDays(days)
                : PendingWindow.Unknown;
            var step = KeyLifecycle.Apply(KeyStateSet.Unknown, created.ToFacts(), KeyOperation.StackDeleted(window, key.Retention.Retained, key.Retention.Detail), options);
            foreach (var hazard in step.Hazards)
            {
                var (position, conditions) = Locate(key, hazard.Cause, combination);
                findings.Add(Finding(key, hazard, position, conditions));
            }
        }
    }

    /// <summary>KMS005: imported material with an expiry date is deleted by KMS on that date, retained or not.</summary>
    private void CheckMaterialExpiry(KeyDeclaration key, List<Finding> findings)
    {
        foreach (var validTo in key.MaterialValidTo ?? Enumerable.Empty<Alternative>())
        {
            if (validTo.Scalar is { Text.Length: > 0 })
            {
                var step = KeyLifecycle.Apply(KeyState.PendingImport, new KeyFacts { Origin = KeyOrigin.External }, KeyOperation.ImportKeyMaterial(TriState.True), options);
                findings.AddRange(step.Hazards.Select(hazard => Finding(key, hazard, validTo.Location.Position, key.Conditions.Concat(validTo.Conditions))));
            }
        }
    }

    /// <summary>The property a hazard comes from, and the conditions under which that property has the value that causes it.</summary>
    private static (SourcePosition Position, IEnumerable<string> Conditions) Locate(KeyDeclaration key, HazardCause cause, Combination values)
    {
        var kind = new[] { values.Spec, values.Usage, values.MultiRegion, values.Origin }.OfType<Alternative>().SelectMany(a => a.Conditions).Concat(key.Retention.Conditions);
        return cause switch
        {
            HazardCause.PendingWindow => (values.Window?.Location.Position ?? key.Position, key.Conditions.Concat(values.Window?.Conditions ?? new string[0])),
            HazardCause.KeyKind => ((values.Spec ?? values.Usage)?.Location.Position ?? key.Position, key.Conditions.Concat(kind)),
            HazardCause.MultiRegion => (values.MultiRegion?.Location.Position ?? key.Position, key.Conditions.Concat(kind)),
            HazardCause.Retention => (key.Retention.Declaration?.Position ?? key.Position, key.Conditions.Concat(key.Retention.Conditions)),
            _ => (key.Position, key.Conditions),
        };
    }

    /// <summary>The alternatives of a property, or one null standing for "omitted, the default applies".</summary>
    private static IEnumerable<Alternative?> Values(IReadOnlyList<Alternative>? alternatives) =>
        alternatives is null || alternatives.Count == 0 ? new Alternative?[] { null } : alternatives.Cast<Alternative?>();

    private static RequestValue RequestValueOf(Alternative? alternative) =>
        alternative is null ? RequestValue.Omitted : RequestValue.Of(alternative.Scalar?.Text);

    private static Finding Finding(KeyDeclaration key, Hazard hazard, SourcePosition position, IEnumerable<string> conditions) =>
        new(hazard.Rule, key.File, position, key.Address, hazard.FormatMessage(key.Address) + ConditionText.Of(conditions.Distinct().ToList()), hazard.Evidence);

    private sealed record Combination(Alternative? Window, Alternative? Spec, Alternative? Usage, Alternative? MultiRegion, Alternative? Origin);
}
