using KmsGuardrails.Rules.Lifecycle;
using KmsGuardrails.Rules.Monitoring;
using KmsGuardrails.Rules.Policy;

namespace KmsGuardrails.Rules.Options;

/// <summary>Every organisation setting of the rules, as one value; <see cref="RuleOptions"/> reads them.</summary>
public sealed record RuleSettings
{
    public static RuleSettings Default { get; } = new();

    public LifecycleOptions Lifecycle { get; init; } = LifecycleOptions.Default;

    public KeyPolicyOptions Policy { get; init; } = KeyPolicyOptions.Default;

    public MonitoringOptions Monitoring { get; init; } = MonitoringOptions.Default;
}
