using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Findings;

namespace KmsGuardrails.Cli.Reporting;

/// <summary>Everything one run found, in a deterministic order, for every reporter alike.</summary>
internal sealed record ScanReport(int FilesScanned, IReadOnlyList<Finding> Findings, IReadOnlyList<InputProblem> Problems)
{
    /// <summary>Severities the configuration sets per rule, over the finding's own and the catalog's defaults.</summary>
    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } = new Dictionary<string, Severity>();

    public Severity SeverityOf(Finding finding) =>
        SeverityOverrides.TryGetValue(finding.Rule.Id, out var severity) ? severity : Severities.Of(finding.Severity ?? finding.Rule.DefaultSeverity);

    public IEnumerable<Finding> Active => Findings.Where(f => !f.IsSuppressed);

    public bool HasInputErrors => Problems.Any(p => p.IsError);

    public int Count(Severity severity) => Active.Count(f => SeverityOf(f) == severity);
}
