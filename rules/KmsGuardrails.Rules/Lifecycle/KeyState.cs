namespace KmsGuardrails.Rules.Lifecycle;

/// <summary>
/// The key states of the KMS API (KeyState enum), plus <see cref="Deleted"/>: the key no longer
/// exists after its waiting period ends. Names match the API spelling so they round-trip.
/// </summary>
public enum KeyState
{
    Creating,
    Enabled,
    Disabled,
    PendingDeletion,
    PendingReplicaDeletion,
    PendingImport,
    Unavailable,
    Updating,
    Deleted,
}
