using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.Rules.Catalog;

namespace KmsGuardrails.Rules.Monitoring;

/// <summary>
/// KMS017: whether the scanned configuration watches the waiting period of key deletions, as the
/// deletion procedure asks (a CloudTrail metric filter on attempted use of keys pending deletion,
/// with a CloudWatch alarm on its metric), and the hazards when it does not: a note once per scan
/// where customer managed keys are declared, and a warning at each change that deletes a key.
/// </summary>
public sealed class DeletionAlarms
{
    private DeletionAlarms(PendingDeletionAlarmCover cover, MetricFilter? filter)
    {
        Cover = cover;
        Filter = filter;
    }

    public PendingDeletionAlarmCover Cover { get; }

    /// <summary>The alarmed filter that gives the cover, when there is one.</summary>
    public MetricFilter? Filter { get; }

    /// <summary>The best cover any filter with an alarm on its metric gives.</summary>
    public static DeletionAlarms Of(IEnumerable<MetricFilter> filters, IEnumerable<MetricAlarm> alarms, MonitoringOptions? options = null)
    {
        if ((options ?? MonitoringOptions.Default).AlarmElsewhere)
        {
            return new DeletionAlarms(PendingDeletionAlarmCover.Full, null);
        }

        var alarmList = alarms.ToList();
        var best = new DeletionAlarms(PendingDeletionAlarmCover.None, null);
        foreach (var filter in filters)
        {
            var cover = FilterPatterns.Cover(filter.Pattern);
            if (cover > best.Cover && alarmList.Any(alarm => FilterPatterns.SameMetric(filter, alarm)))
            {
                best = new DeletionAlarms(cover, filter);
            }
        }

        return best;
    }

    /// <summary>Once per scan that declares <paramref name="keys"/> customer managed keys: what is missing, if anything.</summary>
    public Hazard? ForDeclaredKeys(int keys)
    {
        if (keys == 0 || Cover == PendingDeletionAlarmCover.Full)
        {
            return null;
        }

        var others = keys > 1 ? " and " + (keys - 1) + " other customer managed key" + (keys > 2 ? "s" : string.Empty) + " are declared, but" : " is declared, but";
        var what = Cover == PendingDeletionAlarmCover.Partial
            ? others + " the only alarm on KMS events, on metric filter '" + Filter!.Name + "', watches ScheduleKeyDeletion and DisableKey: it shows that a deletion was scheduled, not that something still tries to use the key while it waits"
            : others + " no CloudWatch alarm watches CloudTrail for attempted use of keys pending deletion; add a metric filter on \"is pending deletion\" errors with an alarm, or set pending_deletion_alarm_elsewhere if the alarm lives in another account or repository";
        return new Hazard(
            RuleCatalog.DeletionAlarmMissing,
            new[] { what },
            Cover == PendingDeletionAlarmCover.Partial ? "partial cover: a filter on key-state changes, not on failed use" : "no metric filter with an alarm on KMS errors for keys pending deletion");
    }

    /// <summary>At a change that deletes a key, when nothing watches its waiting period.</summary>
    public Hazard? ForRemoval()
    {
        if (Cover != PendingDeletionAlarmCover.None)
        {
            return null;
        }

        return new Hazard(
            RuleCatalog.DeletionAlarmMissing,
            new[] { " is deleted by this change, but no CloudWatch alarm watches CloudTrail for attempted use of it during its waiting period" },
            "a change deletes a key and no metric filter with an alarm catches KMS errors for keys pending deletion",
            severity: RuleSeverity.Warning);
    }
}
