using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using KmsGuardrails.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KmsGuardrails.Bench.Analyzers;

/// <summary>
/// Our analyzers (from the project reference) and the peers' (from their packages in the
/// package cache, the analyzers/dotnet/roslynX.Y/cs folder newest for the Roslyn this bench runs).
/// </summary>
internal static class AnalyzerSets
{
    public static AnalyzerSet Ours()
    {
        var assembly = typeof(PendingWindowAnalyzer).Assembly;
        var analyzers = assembly.GetTypes()
            .Where(type => type.Namespace == typeof(PendingWindowAnalyzer).Namespace && !type.IsAbstract
                && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();
        return new AnalyzerSet("KmsGuardrails.Analyzers", assembly.GetName().Version?.ToString() ?? "?", "project reference", analyzers);
    }

    public static AnalyzerSet Meziantou() =>
        FromPackage("Meziantou.Analyzer", BuildInfo.MeziantouAnalyzerVersion, "Meziantou.Analyzer.dll");

    public static AnalyzerSet Roslynator() =>
        FromPackage("Roslynator.Analyzers", BuildInfo.RoslynatorAnalyzersVersion, "Roslynator.CSharp.Analyzers.dll");

    private static AnalyzerSet FromPackage(string package, string version, string assemblyFile)
    {
        var folder = AnalyzerFolder(Path.Combine(BuildInfo.NuGetPackageRoot, package.ToLowerInvariant(), version, "analyzers", "dotnet"), assemblyFile);
        var failures = new List<string>();
        var reference = new AnalyzerFileReference(Path.Combine(folder, assemblyFile), new PackageFolderAnalyzerLoader(folder));
        reference.AnalyzerLoadFailed += (_, failure) => failures.Add($"{failure.TypeName}: {failure.Message}");
        var analyzers = reference.GetAnalyzers(LanguageNames.CSharp);
        if (analyzers.IsEmpty || failures.Count > 0)
        {
            throw new InvalidOperationException($"{package} {version} from {folder}: {analyzers.Length} analyzers loaded, failures: {string.Join("; ", failures)}");
        }

        var relative = Path.GetRelativePath(Path.Combine(BuildInfo.NuGetPackageRoot, package.ToLowerInvariant(), version), folder);
        return new AnalyzerSet(package, version, relative, analyzers);
    }

    /// <summary>The newest roslynX.Y/cs folder not newer than the Roslyn loaded here, or plain cs/ for packages without versions.</summary>
    private static string AnalyzerFolder(string dotnetFolder, string assemblyFile)
    {
        var roslyn = typeof(Compilation).Assembly.GetName().Version!;
        var hostVersion = new Version(roslyn.Major, roslyn.Minor);
        var versioned = Directory.Exists(dotnetFolder)
            ? Directory.GetDirectories(dotnetFolder, "roslyn*")
                .Select(folder => (Folder: Path.Combine(folder, "cs"), Version: Version.TryParse(Path.GetFileName(folder).Substring("roslyn".Length), out var v) ? v : null))
                .Where(candidate => candidate.Version is not null && candidate.Version <= hostVersion && File.Exists(Path.Combine(candidate.Folder, assemblyFile)))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Folder)
                .FirstOrDefault()
            : null;
        var folder = versioned ?? Path.Combine(dotnetFolder, "cs");
        return File.Exists(Path.Combine(folder, assemblyFile))
            ? folder
            : throw new InvalidOperationException($"no {assemblyFile} for Roslyn {hostVersion} under {dotnetFolder}: restore the bench first");
    }
}
