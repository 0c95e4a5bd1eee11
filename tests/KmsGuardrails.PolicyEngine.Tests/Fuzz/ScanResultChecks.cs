using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.PolicyEngine.Scanning;

namespace KmsGuardrails.PolicyEngine.Tests.Fuzz;

/// <summary>What every scan must give, whatever the input: findings and problems of this file, at positions inside it.</summary>
internal static class ScanResultChecks
{
    /// <summary>Everything a result says, positions included, to compare two scans.</summary>
    public static string Summary(ScanResult result) =>
        string.Join("\n", result.Findings.Select(f => f.ToString()).Concat(result.Problems.Select(p => p.ToString())).Prepend(result.Kind.ToString()));

    public static IReadOnlyList<string> Violations(ScanResult result, string displayPath, byte[] bytes) => Violations(result, displayPath, bytes, bytes);

    /// <summary>For a comparison of revisions: its problems are the base revision's, its findings are in the head.</summary>
    public static IReadOnlyList<string> Violations(ScanResult result, string displayPath, byte[] problemsIn, byte[] findingsIn)
    {
        var (problemLines, findingLines) = (new DocumentLines(problemsIn), new DocumentLines(findingsIn));
        var places = result.Problems.Select(p => (What: $"problem '{p.Message}'", p.File, p.Position, Lines: problemLines))
            .Concat(result.Findings.Select(f => (What: $"finding {f.Rule.Id} '{f.Message}'", f.File, f.Position, Lines: findingLines)));
        var violations = new List<string>();
        if (result.File != displayPath)
        {
            violations.Add($"the result names the file '{result.File}', not '{displayPath}'");
        }

        foreach (var (what, file, position, lines) in places)
        {
            if (file != displayPath)
            {
                violations.Add($"{what} names the file '{file}', not '{displayPath}'");
            }

            if (!lines.Contains(position))
            {
                violations.Add($"{what} is at {position}, outside the document");
            }
        }

        violations.AddRange(result.Problems.Where(p => string.IsNullOrWhiteSpace(p.Message)).Select(p => $"a problem at {p.Position} says nothing"));
        return violations;
    }
}
