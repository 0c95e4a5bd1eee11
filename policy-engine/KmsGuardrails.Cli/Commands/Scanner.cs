using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using KmsGuardrails.Cli.Inputs;
using KmsGuardrails.Cli.PullRequests;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Findings;
using KmsGuardrails.Cli.Reporting;
using KmsGuardrails.PolicyEngine.Scanning;

namespace KmsGuardrails.Cli.Commands;

/// <summary>
/// Scans files in parallel across cores, and in pull-request mode compares the changed files with
/// their base revision; results come back in path order, so output is deterministic.
/// </summary>
internal static class Scanner
{
    public static ScanReport Run(IReadOnlyList<InputFile> files, IEnumerable<InputProblem> walkProblems, ScanOptions options, PullRequestChanges? changes = null)
    {
        var scanner = new InfrastructureScanner(options);
        var results = new ScanResult[files.Count];
        var compared = changes?.Compared ?? Array.Empty<ComparedFile>();
        var comparisons = new ScanResult[compared.Count];
        using (var progress = new ScanProgress(files.Count + compared.Count, ScanProgress.Terminal))
        {
            Parallel.For(0, files.Count, i =>
            {
                results[i] = scanner.ScanFile(files[i].FullPath, files[i].DisplayPath);
                progress.Advance();
            });
            Parallel.For(0, compared.Count, i =>
            {
                comparisons[i] = Compare(scanner, changes!, compared[i], options.Limits);
                progress.Advance();
            });
        }

        var all = results.Concat(comparisons).ToList();
        return new ScanReport(
            files.Count,
            Ordered(all.SelectMany(r => r.Findings)),
            walkProblems.Concat(all.SelectMany(r => r.Problems)).ToList());
    }

    /// <summary>The report's order: by file, then position, then rule.</summary>
    public static IReadOnlyList<Finding> Ordered(IEnumerable<Finding> findings) =>
        findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Position.Line).ThenBy(f => f.Position.Column).ThenBy(f => f.Rule.Id, StringComparer.Ordinal).ToList();

    private static ScanResult Compare(InfrastructureScanner scanner, PullRequestChanges changes, ComparedFile file, DocumentLimits limits)
    {
        var baseBytes = changes.Repository.Show(changes.Commit, file.BaseGitPath);
        var (baseText, baseProblem) = baseBytes is null ? (null, null) : SourceText.Decode(baseBytes, $"{file.BaseDisplayPath} at {changes.Label}");

        // A head file that cannot be read is reported by its own scan, and says nothing about which keys are gone.
        var (headText, headProblem) = file.HeadFullPath is null ? (null, null) : SourceText.Read(file.HeadFullPath, file.HeadDisplayPath, limits);
        var result = headProblem is null
            ? scanner.ScanChange(file.BaseDisplayPath, baseText, file.HeadDisplayPath, headText, changes.Label)
            : new ScanResult(file.HeadDisplayPath, InputKind.Other, Array.Empty<Finding>(), Array.Empty<InputProblem>());
        return baseProblem is null ? result : result with { Problems = result.Problems.Append(baseProblem).ToList() };
    }
}
