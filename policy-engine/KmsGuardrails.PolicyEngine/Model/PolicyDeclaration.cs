using System.Collections.Generic;
using KmsGuardrails.Rules;

namespace KmsGuardrails.PolicyEngine.Model;

/// <summary>
/// A key policy and its lockout-check setting as a template, configuration, plan or policy file
/// declares them: the policy of an AWS::KMS::Key or aws_kms_key, an aws_kms_key_policy resource,
/// or a standalone policy file. The key-policy checks read only this.
/// </summary>
internal sealed class PolicyDeclaration
{
    public required string File { get; init; }

    /// <summary>What findings name: the key's logical id or address, or the policy file.</summary>
    public required string Address { get; init; }

    public required SourcePosition Position { get; init; }

    public IReadOnlyList<string> Conditions { get; init; } = new string[0];

    /// <summary>The values the policy may take; empty when it is not given or not known.</summary>
    public IReadOnlyList<PolicySource> Policies { get; init; } = new PolicySource[0];

    public IReadOnlyList<Alternative>? BypassPolicyLockoutSafetyCheck { get; init; }

    public IReadOnlyList<Suppression> Suppressions { get; init; } = new Suppression[0];
}
