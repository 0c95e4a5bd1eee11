using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.PolicyEngine.Findings;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.PolicyEngine.Terraform;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.PolicyEngine.Checks;

/// <summary>
/// The rules on changes that remove a key (KMS015) or a custom key store (KMS006), decided by the
/// shared simulator: a change is translated into the operation the deployment tool performs.
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
        var step = KeyLifecycle.Apply(KeyStateSet.Unknown, facts, operation, options);
        return step.Hazards.Select(hazard => new Finding(
            hazard.Rule,
            change.File,
            change.Position,
            change.Address,
            hazard.FormatMessage(change.Address),
            hazard.Evidence == change.Description ? hazard.Evidence : change.Description + ": " + hazard.Evidence));
    }
}
