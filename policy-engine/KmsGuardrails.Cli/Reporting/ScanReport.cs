using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Findings;

namespace KmsGuardrails.Cli.Reporting;

/// <summary>Everything one run found, in a deterministic order, for every reporter alike.</summary>
internal sealed record ScanReport(int FilesScanned, IReadOnlyList<Finding> Findings, IReadOnlyList<InputProblem> Problems)
{
    public static Severity SeverityOf(Finding finding) => Severities.Of(finding.Rule.DefaultSeverity);

    public IEnumerable<Finding> Active => Findings.Where(f => !f.IsSuppressed);

    public bool HasInputErrors => Problems.Any(p => p.IsError);

    public int Count(Severity severity) => Active.Count(f => SeverityOf(f) == severity);
}
