using System.Collections.Generic;
using KmsGuardrails.Rules.Documents;
using KmsGuardrails.Rules.Lifecycle;
using KmsGuardrails.Rules.Monitoring;
using KmsGuardrails.Rules.Policy;

namespace KmsGuardrails.PolicyEngine.Scanning;

/// <summary>Settings of a scan.</summary>
public sealed record ScanOptions
{
    public static ScanOptions Default { get; } = new();

    public LifecycleOptions Lifecycle { get; init; } = LifecycleOptions.Default;

    public KeyPolicyOptions Policy { get; init; } = KeyPolicyOptions.Default;

    public MonitoringOptions Monitoring { get; init; } = MonitoringOptions.Default;

    public DocumentLimits Limits { get; init; } = DocumentLimits.Default;

    /// <summary>Terraform variable files (<c>--var-file</c>) for every root module, after its own tfvars files.</summary>
    public IReadOnlyList<string> TerraformVariableFiles { get; init; } = new string[0];
}
