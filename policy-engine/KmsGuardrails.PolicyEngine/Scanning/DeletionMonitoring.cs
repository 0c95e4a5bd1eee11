using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.PolicyEngine.Terraform;
using KmsGuardrails.Rules.Lifecycle;
using KmsGuardrails.Rules.Monitoring;

namespace KmsGuardrails.PolicyEngine.Scanning;

/// <summary>
/// What one input contributes to KMS017, which is decided over the whole scan: the metric filters
/// and alarms it declares, the customer managed keys it declares, and the changes in it that
/// delete a key.
/// </summary>
internal sealed record DeletionMonitoring(
    IReadOnlyList<MetricFilter> Filters,
    IReadOnlyList<MetricAlarm> Alarms,
    IReadOnlyList<KeyDeclaration> Keys,
    IReadOnlyList<KeyChange> Removals)
{
    public static DeletionMonitoring Empty { get; } = new(new MetricFilter[0], new MetricAlarm[0], new KeyDeclaration[0], new KeyChange[0]);

    /// <summary>A removal the deployment tool does not survive with the key (it is not retained) deletes it.</summary>
    public static DeletionMonitoring Of(InfrastructureModel model, IEnumerable<KeyChange> changes) => new(
        model.MetricFilters,
        model.Alarms,
        model.Keys,
        changes.Where(c => c.ResourceType != TerraformResources.CustomKeyStore && c.Retained != TriState.True).ToList());

    public DeletionMonitoring Plus(DeletionMonitoring other) => new(
        Filters.Concat(other.Filters).ToList(),
        Alarms.Concat(other.Alarms).ToList(),
        Keys.Concat(other.Keys).ToList(),
        Removals.Concat(other.Removals).ToList());
}
