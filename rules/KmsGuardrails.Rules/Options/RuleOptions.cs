using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.Rules.Options;

/// <summary>
/// The options of the rules. The analyzers read them from <c>.editorconfig</c>
/// (<c>kms_guardrails.min_pending_window_days = 14</c>), the command line tool from
/// <c>.kms-guardrails.yml</c> (<c>min_pending_window_days: 14</c>); both validate here.
/// </summary>
public static class RuleOptions
{
    /// <summary>The prefix of every option's key in <c>.editorconfig</c>.</summary>
    public const string EditorConfigPrefix = "kms_guardrails.";

    public static RuleOption MinimumPendingWindowDays { get; } = new(
        "min_pending_window_days",
        "The shortest deletion waiting period the organisation accepts (KMS002).",
        PendingWindow.MinimumDays.ToString(CultureInfo.InvariantCulture),
        "a whole number of days from " + PendingWindow.MinimumDays + " to " + PendingWindow.MaximumDays,
        (text, settings) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= PendingWindow.MinimumDays and <= PendingWindow.MaximumDays
                ? settings with { Lifecycle = settings.Lifecycle with { MinimumPendingWindowDays = days } }
                : null);

    public static RuleOption RequireDeletionAdministrators { get; } = new(
        "require_deletion_administrators",
        "KMS011 also reports an explicit key policy in which no principal other than a wildcard may both schedule and cancel deletion; false turns that case off for keys whose deletion is locked on purpose.",
        "true",
        "true or false",
        (text, settings) =>
            bool.TryParse(text, out var required) ? settings with { Policy = settings.Policy with { RequireDeletionAdministrators = required } } : null);

    public static RuleOption PendingDeletionAlarmElsewhere { get; } = new(
        "pending_deletion_alarm_elsewhere",
        "KMS017: the CloudWatch alarm on attempted use of keys pending deletion lives outside the scanned configuration (a central security account, another repository); true turns the rule off.",
        "false",
        "true or false",
        (text, settings) =>
            bool.TryParse(text, out var elsewhere) ? settings with { Monitoring = settings.Monitoring with { AlarmElsewhere = elsewhere } } : null);

    public static IReadOnlyList<RuleOption> All { get; } = new[] { MinimumPendingWindowDays, RequireDeletionAdministrators, PendingDeletionAlarmElsewhere };

    /// <summary>The option named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static RuleOption? Find(string name) =>
        All.FirstOrDefault(option => string.Equals(option.Name, name, StringComparison.OrdinalIgnoreCase));
}
