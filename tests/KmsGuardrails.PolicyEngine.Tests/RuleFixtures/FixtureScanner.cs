using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Findings;
using KmsGuardrails.PolicyEngine.Scanning;

namespace KmsGuardrails.PolicyEngine.Tests.RuleFixtures;

/// <summary>
/// Scans a case through <see cref="InfrastructureScanner"/> the way <c>kms-guardrails scan</c>
/// does: Terraform a module (a folder) at a time, every other input file on its own, and in a
/// pull request each file of the head compared with its base. Paths are shown relative to the
/// rule's folder; in a pull request, relative to the revision, as the CLI shows them.
/// </summary>
internal static class FixtureScanner
{
    /// <summary>What the CLI reads in a folder; content decides what each JSON or YAML file is.</summary>
    private static readonly string[] Extensions = { ".json", ".yaml", ".yml", ".template", ".tf" };

    public static FixtureScan Scan(RuleFixtureCase fixture)
    {
        var scanner = new InfrastructureScanner(RuleFixtureFolders.Options(fixture.RuleId));
        if (!fixture.IsFolder)
        {
            if (InfrastructureScanner.IsTerraformConfiguration(fixture.FullPath))
            {
                throw new InvalidDataException($"{fixture.Display}: Terraform is read a module at a time, so a Terraform case is a folder ({fixture.Name}/main.tf)");
            }

            var result = scanner.ScanFile(fixture.FullPath, fixture.Name);
            return new FixtureScan(new[] { result.Kind }, result.Findings.Concat(scanner.CheckAcrossFiles(new[] { result })).ToList(), result.Problems);
        }

        if (!fixture.IsChange)
        {
            return ScanFolder(scanner, fixture.FullPath, fixture.Name);
        }

        var head = ScanFolder(scanner, Path.Combine(fixture.FullPath, "head"), fixture.Name, acrossFiles: false);
        var compared = ComparedFiles(fixture.FullPath)
            .Select(relative => scanner.ScanChange(
                Display(fixture.Name, relative),
                ReadOrNull(Path.Combine(fixture.FullPath, "base", relative)),
                Display(fixture.Name, relative),
                ReadOrNull(Path.Combine(fixture.FullPath, "head", relative)),
                "base"))
            .ToList();
        return new FixtureScan(
            head.Kinds.Concat(compared.Select(r => r.Kind)).ToHashSet(),
            head.Findings.Concat(compared.SelectMany(r => r.Findings)).Concat(scanner.CheckAcrossFiles(head.Results.Concat(compared))).ToList(),
            head.Problems.Concat(compared.SelectMany(r => r.Problems)).ToList());
    }

    /// <param name="acrossFiles">False when the caller decides what is decided over the whole scan (KMS017) with more results.</param>
    private static FixtureScan ScanFolder(InfrastructureScanner scanner, string folder, string name, bool acrossFiles = true)
    {
        var files = InputsUnder(folder).Select(relative => new SourceFile(Path.Combine(folder, relative), Display(name, relative))).ToList();
        var terraform = scanner.ScanTerraform(
            files.Where(f => InfrastructureScanner.IsTerraformConfiguration(f.FullPath)).ToList(),
            path => Display(name, Path.GetRelativePath(folder, path)));
        var others = files.Where(f => !InfrastructureScanner.IsTerraformConfiguration(f.FullPath)).Select(f => scanner.ScanFile(f.FullPath, f.DisplayPath)).ToList();
        var results = terraform.Results.Concat(others).ToList();
        var remote = terraform.RemoteModules.Select(m => new InputProblem(m.File, m.Position, $"module {m.Address} ({m.Source}) is not fetched", IsError: false));
        return new FixtureScan(
            results.Select(r => r.Kind).Where(k => k != InputKind.Other).ToHashSet(),
            results.SelectMany(r => r.Findings).Concat(acrossFiles ? scanner.CheckAcrossFiles(results) : Enumerable.Empty<Finding>()).ToList(),
            results.SelectMany(r => r.Problems).Concat(remote).ToList())
        {
            Results = results,
        };
    }

    /// <summary>Every input in either revision, as the pull-request mode lists the changed files.</summary>
    private static IEnumerable<string> ComparedFiles(string change) =>
        InputsUnder(Path.Combine(change, "base")).Union(InputsUnder(Path.Combine(change, "head")), StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal);

    private static IEnumerable<string> InputsUnder(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(path => Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                .Select(path => Path.GetRelativePath(folder, path))
                .OrderBy(p => p, StringComparer.Ordinal)
            : Enumerable.Empty<string>();

    private static string? ReadOrNull(string path) => File.Exists(path) ? File.ReadAllText(path) : null;

    private static string Display(string caseName, string relative) => caseName + "/" + relative.Replace(Path.DirectorySeparatorChar, '/');
}
