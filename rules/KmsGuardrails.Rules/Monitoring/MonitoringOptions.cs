namespace KmsGuardrails.Rules.Monitoring;

/// <summary>Organisation settings of KMS017.</summary>
public sealed record MonitoringOptions
{
    public static MonitoringOptions Default { get; } = new();

    /// <summary>
    /// The alarm on attempted use of keys pending deletion lives outside the scanned configuration
    /// (a central security account, another repository): KMS017 is then not reported
    /// (option pending_deletion_alarm_elsewhere).
    /// </summary>
    public bool AlarmElsewhere { get; init; }
}
