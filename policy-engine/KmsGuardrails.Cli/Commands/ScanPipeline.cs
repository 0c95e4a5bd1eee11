using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KmsGuardrails.Cli.Baselines;
using KmsGuardrails.Cli.Configuration;
using KmsGuardrails.Cli.Inputs;
using KmsGuardrails.Cli.PullRequests;
using KmsGuardrails.Cli.Reporting;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Scanning;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.Cli.Commands;

/// <summary>
/// One scan as <c>scan</c> and <c>baseline create</c> both run it: configuration (given, or found
/// upward from the first path), files, parallel scanning, then the configuration's severities and
/// suppressions and the baseline. Problems with the configuration or baseline are input errors.
/// </summary>
internal static class ScanPipeline
{
    public static ScanReport Run(ScanRequest request, string root)
    {
        var targets = request.Paths.Count > 0 ? request.Paths : new[] { "." };
        var (configuration, configurationProblems) = LoadConfiguration(request, root, targets[0]);
        var (baseline, baselineProblem) = request.BaselineFile is { } baselineFile
            ? Baseline.Load(Path.GetFullPath(baselineFile, root), baselineFile)
            : (null, null);

        var excludes = request.Exclude.Concat(configuration.Exclude).ToList();
        var (files, walkProblems) = InputFiles.Find(targets, root, excludes);
        var problems = configurationProblems.Concat(walkProblems).ToList();
        if (baselineProblem is not null)
        {
            problems.Add(baselineProblem);
        }

        PullRequestChanges? changes = null;
        IReadOnlyList<InputFile> unchanged = Array.Empty<InputFile>();
        if (request.DiffBase is { } reference)
        {
            var start = Path.GetFullPath(targets[0], root);
            (changes, var problem) = PullRequestChanges.Find(reference, Directory.Exists(start) ? start : Path.GetDirectoryName(start) ?? root, root, path => InputFiles.IsInScope(path, targets, root, excludes));
            if (problem is not null)
            {
                problems.Add(problem);
            }
            else if (request.ChangedOnly)
            {
                unchanged = files.Where(f => !changes!.ChangedFullPaths.Contains(f.FullPath)).ToList();
                files = files.Where(f => changes!.ChangedFullPaths.Contains(f.FullPath)).ToList();
            }
        }

        var settings = configuration.Settings;
        if (request.MinimumPendingWindowDays is { } minimum)
        {
            settings = settings with { Lifecycle = settings.Lifecycle with { MinimumPendingWindowDays = minimum } };
        }

        var options = new ScanOptions
        {
            Lifecycle = settings.Lifecycle,
            Policy = settings.Policy,
            Monitoring = settings.Monitoring,
            TerraformVariableFiles = request.VariableFiles.Select(f => Path.GetFullPath(f, root)).ToList(),
        };
        foreach (var missing in request.VariableFiles.Where(f => !File.Exists(Path.GetFullPath(f, root))))
        {
            problems.Add(new InputProblem(missing, new SourcePosition(1, 1), "the variable file does not exist"));
        }

        var report = Scanner.Run(files, problems, options, root, changes, unchanged);
        foreach (var log in request.CompilerLogs)
        {
            var (imported, importProblems) = CompilerSarif.Read(log, root);
            report = report with { Findings = Scanner.Ordered(report.Findings.Concat(imported)), Problems = report.Problems.Concat(importProblems).ToList() };
        }

        return ConfigurationApplier.Apply(report, configuration, baseline, DateTime.UtcNow);
    }

    private static (ToolConfiguration, System.Collections.Generic.IReadOnlyList<InputProblem>) LoadConfiguration(ScanRequest request, string root, string firstTarget)
    {
        if (request.ConfigFile is { } given)
        {
            var full = Path.GetFullPath(given, root);
            return File.Exists(full)
                ? ConfigurationLoader.Load(full, given)
                : (ToolConfiguration.Empty, new[] { new InputProblem(given, new SourcePosition(1, 1), "the configuration file does not exist") });
        }

        var start = Path.GetFullPath(firstTarget, root);
        var found = ConfigurationLoader.FindUpward(Directory.Exists(start) ? start : Path.GetDirectoryName(start) ?? root);
        return found is null
            ? (ToolConfiguration.Empty, Array.Empty<InputProblem>())
            : ConfigurationLoader.Load(found, Path.GetRelativePath(root, found).Replace('\\', '/'));
    }
}
