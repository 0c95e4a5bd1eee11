using System;
using System.Text.RegularExpressions;

namespace KmsGuardrails.Rules.Monitoring;

/// <summary>
/// What a CloudTrail metric-filter pattern catches, read from its text
/// (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html). The
/// KMS developer guide's alarm for keys pending deletion
/// (https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys-creating-cloudwatch-alarm.html)
/// filters KMS events whose error message says the key "is pending deletion"; a call that uses such a
/// key fails with KMSInvalidStateException, so a filter on that error code catches them too.
/// </summary>
internal static class FilterPatterns
{
    private static readonly Regex KmsSource = new(@"\$\.eventSource\s*=\s*""?kms(\*|\.amazonaws\.com)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex PendingDeletionError = new(@"\$\.errorMessage\s*=\s*""[^""]*pending deletion", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex InvalidStateError = new(@"\$\.errorCode\s*=\s*""?(\*|KMSInvalidStateException)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex DeletionEvents = new(@"\$\.eventName\s*=\s*""?(ScheduleKeyDeletion|DisableKey)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The cover a filter with <paramref name="pattern"/> gives when an alarm watches its metric; Full when the pattern is not known.</summary>
    public static PendingDeletionAlarmCover Cover(string? pattern)
    {
        if (pattern is null)
        {
            return PendingDeletionAlarmCover.Full;
        }

        var kms = KmsSource.IsMatch(pattern);
        if (PendingDeletionError.IsMatch(pattern) || (kms && InvalidStateError.IsMatch(pattern)))
        {
            return PendingDeletionAlarmCover.Full;
        }

        return kms && DeletionEvents.IsMatch(pattern) ? PendingDeletionAlarmCover.Partial : PendingDeletionAlarmCover.None;
    }

    public static bool SameMetric(MetricFilter filter, MetricAlarm alarm) =>
        Matches(filter.MetricName, alarm.MetricName) && Matches(filter.MetricNamespace, alarm.MetricNamespace);

    /// <summary>Values that are not known may be equal.</summary>
    private static bool Matches(string? a, string? b) => a is null || b is null || string.Equals(a, b, StringComparison.Ordinal);
}
