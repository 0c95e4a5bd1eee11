namespace KmsGuardrails.Rules.Lifecycle;

/// <summary>The PendingWindowInDays argument of ScheduleKeyDeletion: omitted, a known number of days, or unknown.</summary>
public readonly record struct PendingWindow
{
    /// <summary>What KMS uses when the argument is omitted.</summary>
    public const int DefaultDays = 30;

    public const int MinimumDays = 7;

    public const int MaximumDays = 30;

    private PendingWindow(bool isOmitted, int? days)
    {
        IsOmitted = isOmitted;
        Days = days;
    }

    public static PendingWindow Omitted => new(true, null);

    public static PendingWindow Unknown => new(false, null);

    public static PendingWindow OfDays(int days) => new(false, days);

    public bool IsOmitted { get; }

    /// <summary>The days given, or null when omitted or unknown.</summary>
    public int? Days { get; }

    /// <summary>The waiting period KMS would apply, or null when it cannot be known.</summary>
    public int? EffectiveDays => IsOmitted ? DefaultDays : Days;

    /// <summary>True when the days are known and KMS rejects them (ValidationException).</summary>
    public bool IsKnownOutOfRange => Days is { } days && (days < MinimumDays || days > MaximumDays);

    public override string ToString() => IsOmitted ? "omitted" : Days?.ToString() ?? "unknown";
}
