using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using KmsGuardrails.Cli.Inputs;
using KmsGuardrails.Cli.PullRequests;
using KmsGuardrails.Cli.Reporting;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Findings;
using KmsGuardrails.PolicyEngine.Scanning;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.Cli.Commands;

/// <summary>
/// Scans files in parallel across cores, and in pull-request mode compares the changed files with
/// their base revision; results come back in path order, so output is deterministic.
/// </summary>
internal static class Scanner
{
    /// <param name="context">
    /// Files outside the report (the unchanged ones of a --changed-only scan) that are still read for
    /// what decides over the whole configuration (KMS017's alarms); their own findings are dropped.
    /// </param>
    public static ScanReport Run(IReadOnlyList<InputFile> files, IEnumerable<InputProblem> walkProblems, ScanOptions options, string root, PullRequestChanges? changes = null, IReadOnlyList<InputFile>? context = null)
    {
        var scanner = new InfrastructureScanner(options);

        // Terraform files are read a module (a folder) at a time; every other file on its own.
        var terraform = files.Where(f => InfrastructureScanner.IsTerraformConfiguration(f.FullPath)).Select(f => new SourceFile(f.FullPath, f.DisplayPath)).ToList();
        var others = files.Where(f => !InfrastructureScanner.IsTerraformConfiguration(f.FullPath)).ToList();
        var results = new ScanResult[others.Count];
        var compared = changes?.Compared ?? Array.Empty<ComparedFile>();
        var comparisons = new ScanResult[compared.Count];
        TerraformScan modules;
        using (var progress = new ScanProgress(files.Count + compared.Count, ScanProgress.Terminal))
        {
            modules = scanner.ScanTerraform(terraform, path => InputFiles.Display(path, root));
            progress.Advance(terraform.Count);
            Parallel.For(0, others.Count, i =>
            {
                results[i] = scanner.ScanFile(others[i].FullPath, others[i].DisplayPath);
                progress.Advance();
            });
            Parallel.For(0, compared.Count, i =>
            {
                comparisons[i] = Compare(scanner, changes!, compared[i], options.Limits);
                progress.Advance();
            });
        }

        var all = modules.Results.Concat(results).Concat(comparisons).ToList();
        var contextResults = context is { Count: > 0 } ? ScanContext(scanner, context, root) : Array.Empty<ScanResult>();
        var acrossFiles = scanner.CheckAcrossFiles(all, contextResults);
        return new ScanReport(
            files.Count,
            Ordered(all.SelectMany(r => r.Findings).Concat(acrossFiles)),
            walkProblems.Concat(all.SelectMany(r => r.Problems)).Concat(RemoteModulesNote(modules.RemoteModules)).ToList());
    }

    private static IReadOnlyList<ScanResult> ScanContext(InfrastructureScanner scanner, IReadOnlyList<InputFile> context, string root)
    {
        var terraform = context.Where(f => InfrastructureScanner.IsTerraformConfiguration(f.FullPath)).Select(f => new SourceFile(f.FullPath, f.DisplayPath)).ToList();
        var others = context.Where(f => !InfrastructureScanner.IsTerraformConfiguration(f.FullPath)).ToList();
        var results = new ScanResult[others.Count];
        Parallel.For(0, others.Count, i => results[i] = scanner.ScanFile(others[i].FullPath, others[i].DisplayPath));
        return scanner.ScanTerraform(terraform, path => InputFiles.Display(path, root)).Results.Concat(results).ToList();
    }

    /// <summary>Module calls that are not followed are said once per scan, not once per file.</summary>
    private static IEnumerable<InputProblem> RemoteModulesNote(IReadOnlyList<RemoteModuleCall> calls)
    {
        if (calls.Count == 0)
        {
            yield break;
        }

        var first = calls.OrderBy(c => c.File, StringComparer.Ordinal).ThenBy(c => c.Position.Line).First();
        var named = string.Join(", ", calls.Select(c => $"{c.Address} ({c.Source})").Distinct().OrderBy(n => n, StringComparer.Ordinal));
        yield return new InputProblem(first.File, first.Position,
            $"{(calls.Count == 1 ? "1 module call with a registry, git or other remote source is" : $"{calls.Count} module calls with a registry, git or other remote source are")} not fetched, so the keys they declare are not checked: {named}", IsError: false);
    }

    /// <summary>The report's order: by file, then position, then rule.</summary>
    public static IReadOnlyList<Finding> Ordered(IEnumerable<Finding> findings) =>
        findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Position.Line).ThenBy(f => f.Position.Column).ThenBy(f => f.Rule.Id, StringComparer.Ordinal).ToList();

    private static ScanResult Compare(InfrastructureScanner scanner, PullRequestChanges changes, ComparedFile file, DocumentLimits limits)
    {
        var baseDisplayPath = $"{file.BaseDisplayPath} at {changes.Label}";
        var (baseBytes, gitError) = changes.Repository.Show(changes.Commit, file.BaseGitPath);
        var (baseText, baseProblem) = baseBytes is null
            ? (null, new InputProblem(baseDisplayPath, new SourcePosition(1, 1), $"the file could not be read from git, so what the change removes is not known: {gitError}"))
            : SourceText.Decode(baseBytes, baseDisplayPath);

        // A head file that cannot be read is reported by its own scan, and says nothing about which keys are gone.
        var (headText, headProblem) = file.HeadFullPath is null ? (null, null) : SourceText.Read(file.HeadFullPath, file.HeadDisplayPath, limits);
        var result = headProblem is null
            ? scanner.ScanChange(file.BaseDisplayPath, baseText, file.HeadDisplayPath, headText, changes.Label)
            : new ScanResult(file.HeadDisplayPath, InputKind.Other, Array.Empty<Finding>(), Array.Empty<InputProblem>());
        return baseProblem is null ? result : result with { Problems = result.Problems.Append(baseProblem).ToList() };
    }
}
