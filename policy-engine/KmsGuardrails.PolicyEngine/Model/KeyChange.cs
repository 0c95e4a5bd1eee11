using System.Collections.Generic;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.PolicyEngine.Model;

/// <summary>
/// A change that removes an existing KMS resource: a plan that destroys or replaces it, or (in
/// pull-request mode) a key resource that is gone or renamed in the new revision.
/// </summary>
internal sealed record KeyChange
{
    public required string File { get; init; }

    public required string Address { get; init; }

    public required string ResourceType { get; init; }

    public required SourcePosition Position { get; init; }

    /// <summary>What happens, in words: "this plan destroys it", "this plan replaces it because key_usage changes".</summary>
    public required string Description { get; init; }

    /// <summary>Whether a new resource takes its place (replace), as opposed to plain removal.</summary>
    public bool IsReplacement { get; init; }

    /// <summary>
    /// Whether the deployment tool keeps the key through this change (CloudFormation applies the
    /// removed resource's DeletionPolicy, or the UpdateReplacePolicy on replacement; Terraform's
    /// prevent_destroy makes a replacement fail but does not protect a removed block).
    /// </summary>
    public TriState Retained { get; init; } = TriState.False;

    /// <summary>Whether the key was enabled before the change (in the base revision, or the plan's prior state).</summary>
    public TriState EnabledBefore { get; init; } = TriState.Unknown;

    /// <summary>The deletion waiting period of the resource being removed, when known.</summary>
    public int? PendingWindowInDays { get; init; }

    public IReadOnlyList<Suppression> Suppressions { get; init; } = new Suppression[0];
}
