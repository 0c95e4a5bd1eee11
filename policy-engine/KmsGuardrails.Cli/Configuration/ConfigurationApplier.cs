using System;
using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.Cli.Baselines;
using KmsGuardrails.Cli.Inputs;
using KmsGuardrails.Cli.Reporting;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Findings;

namespace KmsGuardrails.Cli.Configuration;

/// <summary>
/// Applies the configuration and the baseline to a report: rules turned off are dropped, severities
/// overridden, and findings matched by a configured suppression or the baseline are kept but marked
/// suppressed (external). An expired suppression stops suppressing and says so.
/// </summary>
internal static class ConfigurationApplier
{
    public static ScanReport Apply(ScanReport report, ToolConfiguration configuration, Baseline? baseline, DateTime today)
    {
        var problems = report.Problems.ToList();
        var expired = configuration.Suppressions.Where(s => s.Expires < today.Date).ToList();
        foreach (var suppression in expired)
        {
            problems.Add(new InputProblem(
                configuration.File ?? ConfigurationLoader.FileNames[0],
                suppression.Position,
                $"the suppression of {suppression.RuleId} expired on {suppression.Expires:yyyy-MM-dd}, so it no longer applies",
                IsError: false));
        }

        var adjusted = report with { Problems = problems, SeverityOverrides = configuration.RuleSeverities };
        var findings = report.Findings
            .Where(f => adjusted.SeverityOf(f) != Severity.None)
            .Select(f => f.IsSuppressed ? f : Suppress(f, configuration.Suppressions.Except(expired), baseline))
            .ToList();
        return adjusted with { Findings = findings };
    }

    private static Finding Suppress(Finding finding, IEnumerable<ConfiguredSuppression> suppressions, Baseline? baseline)
    {
        var match = suppressions.FirstOrDefault(s =>
            s.RuleId == finding.Rule.Id
            && (s.Path is null || Globs.Matches(new[] { s.Path }, finding.File))
            && (s.Subject is null || string.Equals(s.Subject, finding.Subject, StringComparison.Ordinal)));
        if (match is not null)
        {
            return finding with { Suppression = new FindingSuppression(SuppressionKind.External, match.Reason) };
        }

        return baseline?.Contains(finding) == true
            ? finding with { Suppression = new FindingSuppression(SuppressionKind.External, "accepted in the baseline " + baseline.File) }
            : finding;
    }
}
