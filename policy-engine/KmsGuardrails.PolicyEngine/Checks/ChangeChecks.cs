using System.Collections.Generic;
using KmsGuardrails.PolicyEngine.Findings;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.PolicyEngine.Terraform;
using KmsGuardrails.Rules.Catalog;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.PolicyEngine.Checks;

/// <summary>
/// KMS015 for changes that remove a key, and KMS006 (through the simulator's DeleteCustomKeyStore)
/// for changes that remove a custom key store.
/// </summary>
internal sealed class ChangeChecks
{
    private readonly LifecycleOptions options;

    public ChangeChecks(LifecycleOptions options) => this.options = options;

    public IEnumerable<Finding> Check(KeyChange change)
    {
        if (change.ResourceType == TerraformResources.CustomKeyStore)
        {
            var step = KeyLifecycle.Apply(KeyStateSet.Unknown, new KeyFacts { CustomKeyStoreId = change.Address }, KeyOperation.DeleteCustomKeyStore, options);
            foreach (var hazard in step.Hazards)
            {
                yield return new Finding(hazard.Rule, change.File, change.Position, change.Address, hazard.FormatMessage(change.Address), change.Description + ": " + hazard.Evidence);
            }

            yield break;
        }

        var window = change.PendingWindowInDays is { } days ? $"{days} days" : "its waiting period";
        var consequence = change.IsReplacement ? $"; the old key is scheduled for deletion and destroyed after {window}" : $", which schedules its deletion after {window}";
        var rule = RuleCatalog.KeyDestroyedOrReplaced;
        yield return new Finding(rule, change.File, change.Position, change.Address, rule.FormatMessage(change.Address, change.Description + consequence), change.Description);
    }
}
