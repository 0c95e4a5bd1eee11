using KmsGuardrails.Rules.Catalog;
using KmsGuardrails.Rules.Monitoring;

namespace KmsGuardrails.Rules.Tests.Monitoring;

/// <summary>KMS017: which metric filters with an alarm watch the waiting period of key deletions.</summary>
public sealed class DeletionAlarmsTests
{
    private static readonly SourcePosition At = new(1, 1);

    private static MetricFilter Filter(string? pattern, string? metric = "Errors", string? space = "CloudTrailLogMetrics") => new("filter", pattern, metric, space, At);

    private static MetricAlarm Alarm(string? metric = "Errors", string? space = "CloudTrailLogMetrics") => new("alarm", metric, space, At);

    [Theory]
    [InlineData("{ $.eventSource = kms* && $.errorMessage = \"* is pending deletion.\"}")]
    [InlineData("{ ($.eventSource = \"kms.amazonaws.com\") && ($.errorMessage = \"*pending deletion*\") }")]
    [InlineData("{ ($.eventSource = kms.amazonaws.com) && ($.errorCode = \"KMSInvalidStateException\") }")]
    [InlineData(null)]
    public void A_filter_on_errors_for_keys_pending_deletion_with_an_alarm_covers_the_waiting_period(string? pattern)
    {
        var alarms = DeletionAlarms.Of(new[] { Filter(pattern) }, new[] { Alarm() });

        Assert.Equal(PendingDeletionAlarmCover.Full, alarms.Cover);
        Assert.Null(alarms.ForDeclaredKeys(3));
        Assert.Null(alarms.ForRemoval());
    }

    [Fact]
    public void The_CIS_filter_on_ScheduleKeyDeletion_and_DisableKey_is_partial_cover_and_said_so_once()
    {
        var alarms = DeletionAlarms.Of(
            new[] { Filter("{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion))}") },
            new[] { Alarm() });

        Assert.Equal(PendingDeletionAlarmCover.Partial, alarms.Cover);
        var note = alarms.ForDeclaredKeys(1)!;
        Assert.Equal("Key 'k' is declared, but the only alarm on KMS events, on metric filter 'filter', watches ScheduleKeyDeletion and DisableKey: it shows that a deletion was scheduled, not that something still tries to use the key while it waits", note.FormatMessage("k"));
        Assert.Null(note.Severity);
        Assert.Null(alarms.ForRemoval());
    }

    [Fact]
    public void No_alarm_is_a_note_for_declared_keys_and_a_warning_at_each_removal()
    {
        var alarms = DeletionAlarms.Of(new MetricFilter[0], new MetricAlarm[0]);

        Assert.Equal(PendingDeletionAlarmCover.None, alarms.Cover);
        Assert.StartsWith("Key 'k' and 2 other customer managed keys are declared, but no CloudWatch alarm watches CloudTrail for attempted use of keys pending deletion", alarms.ForDeclaredKeys(3)!.FormatMessage("k"));
        Assert.Null(alarms.ForDeclaredKeys(0));
        var warning = alarms.ForRemoval()!;
        Assert.Equal(RuleIds.DeletionAlarmMissing, warning.Rule.Id);
        Assert.Equal(RuleSeverity.Warning, warning.Severity);
        Assert.Equal("Key 'k' is deleted by this change, but no CloudWatch alarm watches CloudTrail for attempted use of it during its waiting period", warning.FormatMessage("k"));
    }

    [Theory]
    [InlineData("OtherMetric", "CloudTrailLogMetrics")]
    [InlineData("Errors", "OtherNamespace")]
    public void A_filter_whose_metric_no_alarm_watches_does_not_count(string metric, string space)
    {
        var alarms = DeletionAlarms.Of(new[] { Filter("{ $.errorMessage = \"* is pending deletion.\" }") }, new[] { Alarm(metric, space) });

        Assert.Equal(PendingDeletionAlarmCover.None, alarms.Cover);
    }

    [Fact]
    public void An_alarm_whose_metric_is_not_known_may_watch_any_filter()
    {
        var alarms = DeletionAlarms.Of(new[] { Filter("{ $.errorMessage = \"* is pending deletion.\" }") }, new[] { Alarm(null, null) });

        Assert.Equal(PendingDeletionAlarmCover.Full, alarms.Cover);
    }

    [Theory]
    [InlineData("{ $.userIdentity.type = \"Root\" }")]
    [InlineData("{ ($.eventSource = s3.amazonaws.com) && ($.eventName = DeleteBucket) }")]
    [InlineData("{ ($.eventSource = ec2.amazonaws.com) && ($.errorCode = \"*\") }")]
    public void Filters_on_other_events_give_no_cover(string pattern)
    {
        Assert.Equal(PendingDeletionAlarmCover.None, DeletionAlarms.Of(new[] { Filter(pattern) }, new[] { Alarm() }).Cover);
    }

    [Fact]
    public void The_alarm_may_live_elsewhere()
    {
        var alarms = DeletionAlarms.Of(new MetricFilter[0], new MetricAlarm[0], new MonitoringOptions { AlarmElsewhere = true });

        Assert.Null(alarms.ForDeclaredKeys(5));
        Assert.Null(alarms.ForRemoval());
    }
}
