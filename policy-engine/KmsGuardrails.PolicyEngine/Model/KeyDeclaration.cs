using System.Collections.Generic;
using KmsGuardrails.Rules;

namespace KmsGuardrails.PolicyEngine.Model;

/// <summary>
/// A KMS key declared in a template or configuration, in the neutral model every IaC frontend
/// produces: each property as the alternatives it may take, and where it is written. Checks read
/// only this, never the source format.
/// </summary>
internal sealed class KeyDeclaration
{
    public required string File { get; init; }

    /// <summary>The logical id or resource address the findings name.</summary>
    public required string Address { get; init; }

    /// <summary>AWS::KMS::Key, aws_kms_replica_key, ...</summary>
    public required string ResourceType { get; init; }

    public required SourcePosition Position { get; init; }

    /// <summary>Conditions the resource itself exists under (CloudFormation <c>Condition</c>).</summary>
    public IReadOnlyList<string> Conditions { get; init; } = new string[0];

    public bool IsReplica { get; init; }

    /// <summary>Replicas of this key declared in the same template or configuration.</summary>
    public int ReplicasDeclared { get; init; }

    public IReadOnlyList<Alternative>? PendingWindowInDays { get; init; }

    public IReadOnlyList<Alternative>? KeySpec { get; init; }

    public IReadOnlyList<Alternative>? KeyUsage { get; init; }

    public IReadOnlyList<Alternative>? MultiRegion { get; init; }

    public IReadOnlyList<Alternative>? Origin { get; init; }

    /// <summary>The custom key store the key is created in, as the configuration names it; null when none.</summary>
    public string? CustomKeyStore { get; init; }

    /// <summary>When imported key material expires (Terraform valid_to).</summary>
    public IReadOnlyList<Alternative>? MaterialValidTo { get; init; }

    /// <summary>Whether the key is enabled (CloudFormation Enabled, Terraform is_enabled or enabled); omitted means enabled.</summary>
    public IReadOnlyList<Alternative>? Enabled { get; init; }

    public required Retention Retention { get; init; }

    /// <summary>The arguments whose change replaces the key, compared between two revisions (KMS015).</summary>
    public IReadOnlyList<ReplacementInput> ReplacementInputs { get; init; } = new ReplacementInput[0];

    public IReadOnlyList<Suppression> Suppressions { get; init; } = new Suppression[0];
}
