namespace KmsGuardrails.Rules;

/// <summary>
/// Which part of the input a hazard comes from, so a frontend can point at the element that
/// causes it (the waiting period, the key spec, the retention setting) without knowing the rule.
/// </summary>
public enum HazardCause
{
    /// <summary>The operation itself: the call, the resource, the change.</summary>
    Operation,

    /// <summary>The deletion waiting period.</summary>
    PendingWindow,

    /// <summary>The key spec and key usage.</summary>
    KeyKind,

    /// <summary>The multi-Region setting.</summary>
    MultiRegion,

    /// <summary>The expiry of imported key material.</summary>
    MaterialExpiry,

    /// <summary>Whether the deployment tool keeps the key (DeletionPolicy, prevent_destroy).</summary>
    Retention,
}
