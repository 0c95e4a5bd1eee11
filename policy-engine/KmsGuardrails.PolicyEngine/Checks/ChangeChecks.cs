using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.PolicyEngine.Findings;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.PolicyEngine.Terraform;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.PolicyEngine.Checks;

/// <summary>
/// The rules on changes that remove a key (KMS015, and KMS008 when it was enabled before the change)
/// or a custom key store (KMS006), decided by the shared simulator: a change is translated into the
/// operation the deployment tool performs on a key in the state the change found it in.
/// </summary>
internal sealed class ChangeChecks
{
    private readonly LifecycleOptions options;

    public ChangeChecks(LifecycleOptions options) => this.options = options;

    public IEnumerable<Finding> Check(KeyChange change)
    {
        var window = change.PendingWindowInDays is { } days ? PendingWindow.OfDays(days) : PendingWindow.Unknown;
        var (facts, operation) = change.ResourceType == TerraformResources.CustomKeyStore
            ? (new KeyFacts { CustomKeyStoreId = change.Address }, KeyOperation.DeleteCustomKeyStore)
            : (KeyFacts.Unknown, change.IsReplacement
                ? KeyOperation.ResourceReplaced(window, change.Retained, change.Description)
                : KeyOperation.ResourceRemoved(window, change.Retained, change.Description));
        var before = change.EnabledBefore switch
        {
            TriState.True => KeyState.Enabled,
            TriState.False => KeyState.Disabled,
            _ => KeyStateSet.Unknown,
        };
        var step = KeyLifecycle.Apply(before, facts, operation, options);
        return step.Hazards.Select(hazard => Finding.From(hazard, change.File, change.Position, change.Address) with
        {
            Evidence = hazard.Evidence == change.Description ? hazard.Evidence : change.Description + ": " + hazard.Evidence,
        });
    }
}
