using System.Collections.Generic;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.Rules.Monitoring;

namespace KmsGuardrails.PolicyEngine.Model;

/// <summary>What a frontend reads from one input: keys, key policies, changes, and the problems it met.</summary>
internal sealed class InfrastructureModel
{
    public IReadOnlyList<KeyDeclaration> Keys { get; init; } = new KeyDeclaration[0];

    public IReadOnlyList<PolicyDeclaration> Policies { get; init; } = new PolicyDeclaration[0];

    public IReadOnlyList<KeyChange> Changes { get; init; } = new KeyChange[0];

    public IReadOnlyList<InputProblem> Problems { get; init; } = new InputProblem[0];

    /// <summary>CloudWatch Logs metric filters (KMS017 looks for one on attempted use of keys pending deletion).</summary>
    public IReadOnlyList<MetricFilter> MetricFilters { get; init; } = new MetricFilter[0];

    /// <summary>CloudWatch alarms, matched with the filters by metric name and namespace.</summary>
    public IReadOnlyList<MetricAlarm> Alarms { get; init; } = new MetricAlarm[0];

    /// <summary>Resources moved to a new address without being destroyed (Terraform <c>moved</c> blocks).</summary>
    public IReadOnlyList<AddressMove> Moves { get; init; } = new AddressMove[0];
}
