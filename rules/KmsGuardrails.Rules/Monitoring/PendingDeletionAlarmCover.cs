namespace KmsGuardrails.Rules.Monitoring;

/// <summary>How well the alarms of a configuration watch the waiting period of a key deletion.</summary>
public enum PendingDeletionAlarmCover
{
    /// <summary>No metric filter with an alarm watches KMS at all.</summary>
    None,

    /// <summary>
    /// An alarmed filter on ScheduleKeyDeletion or DisableKey events (the CIS benchmark's): it shows
    /// that a deletion was scheduled, not that something still tries to use the key while it waits.
    /// </summary>
    Partial,

    /// <summary>An alarmed filter on the errors of calls that use a key pending deletion, or one that cannot be known.</summary>
    Full,
}
