namespace KmsGuardrails.Rules.Lifecycle;

/// <summary>Organisation settings that change what the lifecycle model reports.</summary>
public sealed record LifecycleOptions
{
    public static LifecycleOptions Default { get; } = new();

    /// <summary>
    /// The shortest deletion waiting period the organisation accepts (KMS002). The default, 7, is
    /// KMS's own minimum, so KMS002 stays silent until it is raised.
    /// </summary>
    public int MinimumPendingWindowDays { get; init; } = PendingWindow.MinimumDays;
}
