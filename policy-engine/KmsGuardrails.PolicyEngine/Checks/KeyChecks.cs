using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Findings;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Catalog;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.PolicyEngine.Checks;

/// <summary>
/// The rules on declared keys. What a declaration implies is translated into lifecycle operations
/// (deploying creates the key; deleting the stack or module schedules its deletion with the
/// declared window) and the shared simulator decides the hazards; only KMS014, which is about
/// the template itself, is decided here.
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
        CheckWindow(key, findings);
        CheckMaterialExpiry(key, findings);
        if (key.Retention.Retained != TriState.True)
        {
            // A retained key is never scheduled for deletion by the stack or module.
            CheckDeletion(key, findings);
        }

        if (key.Retention.Retained == TriState.False)
        {
            var at = key.Retention.Declaration?.Position ?? key.Position;
            findings.Add(Finding(key, RuleCatalog.KeyNotRetained, at, RuleCatalog.KeyNotRetained.FormatMessage(key.Address, key.Retention.Detail), "no retention for " + key.ResourceType, key.Conditions.Concat(key.Retention.Conditions).ToArray()));
        }

        return findings.Distinct();
    }

    /// <summary>KMS001, KMS002: the declared window, in every value it may take.</summary>
    private void CheckWindow(KeyDeclaration key, List<Finding> findings)
    {
        foreach (var window in key.PendingWindowInDays ?? Enumerable.Empty<Alternative>())
        {
            if (window.Scalar?.AsInt32() is not { } days)
            {
                continue;
            }

            var step = KeyLifecycle.Apply(KeyStateSet.Unknown, KeyFacts.Unknown, KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(days)), options);
            Add(findings, key, step.Hazards, _ => window.Location.Position, window.Conditions);
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
                Add(findings, key, step.Hazards, _ => validTo.Location.Position, validTo.Conditions);
            }
        }
    }

    /// <summary>KMS003, KMS004: what deleting the key would destroy, for each combination of its values.</summary>
    private void CheckDeletion(KeyDeclaration key, List<Finding> findings)
    {
        var combinations =
            from spec in Values(key.KeySpec)
            from usage in Values(key.KeyUsage)
            from multiRegion in Values(key.MultiRegion)
            from origin in Values(key.Origin)
            select (spec, usage, multiRegion, origin);
        foreach (var (spec, usage, multiRegion, origin) in combinations.Take(MaximumCombinations))
        {
            var facts = new KeyFacts
            {
                Spec = spec is null ? Rules.Lifecycle.KeySpec.SymmetricDefault : KmsNames.Parse<KeySpec>(spec.Scalar?.Text),
                Usage = usage is null ? Rules.Lifecycle.KeyUsage.EncryptDecrypt : KmsNames.Parse<KeyUsage>(usage.Scalar?.Text),
                Origin = origin is null ? KeyOrigin.AwsKms : KmsNames.Parse<KeyOrigin>(origin.Scalar?.Text),
                Role = key.IsReplica ? MultiRegionRole.Replica
                    : multiRegion is null ? MultiRegionRole.SingleRegion
                    : multiRegion.Scalar?.AsBoolean() switch { true => MultiRegionRole.Primary, false => MultiRegionRole.SingleRegion, _ => null },
                ReplicaCount = key.ReplicasDeclared > 0 ? key.ReplicasDeclared : null,
            };
            var step = KeyLifecycle.Apply(KeyStateSet.Unknown, facts, KeyOperation.ScheduleKeyDeletion(PendingWindow.Omitted), options);
            var conditions = new[] { spec, usage, multiRegion, origin }.OfType<Alternative>().SelectMany(a => a.Conditions).Concat(key.Retention.Conditions).Distinct().ToArray();
            Add(
                findings,
                key,
                step.Hazards.Where(h => h.Rule.Id is RuleIds.AsymmetricEncryptionKeyDeletion or RuleIds.MultiRegionPrimaryWithReplicas),
                rule => rule.Id == RuleIds.AsymmetricEncryptionKeyDeletion ? (spec ?? usage)?.Location.Position ?? key.Position : multiRegion?.Location.Position ?? key.Position,
                conditions);
        }
    }

    /// <summary>The alternatives of a property, or one null standing for "omitted, the default applies".</summary>
    private static IEnumerable<Alternative?> Values(IReadOnlyList<Alternative>? alternatives) =>
        alternatives is null || alternatives.Count == 0 ? new Alternative?[] { null } : alternatives.Cast<Alternative?>();

    private static void Add(List<Finding> findings, KeyDeclaration key, IEnumerable<Hazard> hazards, System.Func<RuleDescriptor, SourcePosition> locate, IReadOnlyList<string> conditions)
    {
        foreach (var hazard in hazards.Where(h => h.Rule.Covers(RuleSurfaces.Infrastructure)))
        {
            findings.Add(Finding(key, hazard.Rule, locate(hazard.Rule), hazard.FormatMessage(key.Address), hazard.Evidence, key.Conditions.Concat(conditions).ToArray()));
        }
    }

    private static Finding Finding(KeyDeclaration key, RuleDescriptor rule, SourcePosition position, string message, string evidence, IReadOnlyList<string> conditions) =>
        new(rule, key.File, position, key.Address, message + ConditionText.Of(conditions), evidence);
}
