using System.Collections.Generic;
using KmsGuardrails.Rules;

namespace KmsGuardrails.PolicyEngine.Model;

/// <summary>
/// A change that removes an existing KMS resource: a plan that destroys or replaces it, or (in
/// pull-request mode) a key resource that is gone or renamed in the new revision.
/// </summary>
internal sealed class KeyChange
{
    public required string File { get; init; }

    public required string Address { get; init; }

    public required string ResourceType { get; init; }

    public required SourcePosition Position { get; init; }

    /// <summary>What happens, in words: "this plan destroys it", "this plan replaces it because key_usage changes".</summary>
    public required string Description { get; init; }

    /// <summary>Whether a new resource takes its place (replace), as opposed to plain removal.</summary>
    public bool IsReplacement { get; init; }

    /// <summary>The deletion waiting period of the resource being removed, when known.</summary>
    public int? PendingWindowInDays { get; init; }

    public IReadOnlyList<Suppression> Suppressions { get; init; } = new Suppression[0];
}
