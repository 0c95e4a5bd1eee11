namespace KmsGuardrails.Rules.Policy;

/// <summary>Organisation settings that change what the key-policy rules report.</summary>
public sealed record KeyPolicyOptions
{
    public static KeyPolicyOptions Default { get; } = new();

    /// <summary>
    /// KMS011's second case: an explicit key policy must let some principal other than an open
    /// wildcard both schedule and cancel deletion. Teams that lock deletion on purpose turn it off
    /// (option require_deletion_administrators).
    /// </summary>
    public bool RequireDeletionAdministrators { get; init; } = true;
}
