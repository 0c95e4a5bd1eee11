using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using KmsGuardrails.Rules.Catalog;

namespace KmsGuardrails.CatalogGenerator;

/// <summary>
/// The analyzers' unshipped release (AnalyzerReleases.Unshipped.md, read by the RS2000–RS2008
/// release-tracking analyzers): what the catalog's C# rules are, compared with what the shipped
/// releases say. Shipping a release stays a hand step: move the tables into
/// AnalyzerReleases.Shipped.md under <c>## Release x.y.z</c>, then regenerate.
/// </summary>
/// <remarks>Format: https://github.com/dotnet/roslyn-analyzers/blob/main/src/Microsoft.CodeAnalysis.Analyzers/ReleaseTrackingAnalyzers.Help.md</remarks>
public static class ReleaseTracking
{
    public const string ShippedPath = "analyzers/KmsGuardrails.Analyzers/AnalyzerReleases.Shipped.md";

    public const string UnshippedPath = "analyzers/KmsGuardrails.Analyzers/AnalyzerReleases.Unshipped.md";

    public static string Unshipped(string shipped, IEnumerable<RuleDescriptor> rules)
    {
        var released = Shipped(shipped);
        var current = rules.Where(r => r.Covers(RuleSurfaces.CSharp)).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var text = new StringBuilder()
            .Append("; Unshipped analyzer release\n")
            .Append("; https://github.com/dotnet/roslyn-analyzers/blob/main/src/Microsoft.CodeAnalysis.Analyzers/ReleaseTrackingAnalyzers.Help.md\n")
            .Append("; Generated from RuleCatalog by tools/KmsGuardrails.CatalogGenerator: do not edit.\n");

        var added = current.Values.Where(r => !released.ContainsKey(r.Id)).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        if (added.Count > 0)
        {
            text.Append("\n### New Rules\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|-------\n");
            foreach (var rule in added)
            {
                text.Append($"{rule.Id} | {rule.Category} | {Severity(rule)} | {Notes(rule)}\n");
            }
        }

        var removed = released.Where(r => !current.ContainsKey(r.Key)).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        if (removed.Count > 0)
        {
            text.Append("\n### Removed Rules\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|-------\n");
            foreach (var (id, (category, severity)) in removed)
            {
                text.Append($"{id} | {category} | {severity} | {Notes(RuleCatalog.Find(id))}\n");
            }
        }

        var changed = current.Values
            .Where(r => released.TryGetValue(r.Id, out var old) && old != (r.Category, Severity(r)))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        if (changed.Count > 0)
        {
            text.Append("\n### Changed Rules\n\nRule ID | New Category | New Severity | Old Category | Old Severity | Notes\n")
                .Append("--------|--------------|--------------|--------------|--------------|-------\n");
            foreach (var rule in changed)
            {
                var (category, severity) = released[rule.Id];
                text.Append($"{rule.Id} | {rule.Category} | {Severity(rule)} | {category} | {severity} | {Notes(rule)}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>The category and severity of each rule after every shipped release, in order.</summary>
    public static IReadOnlyDictionary<string, (string Category, string Severity)> Shipped(string shipped)
    {
        var rules = new Dictionary<string, (string Category, string Severity)>(StringComparer.Ordinal);
        string? section = null;
        foreach (var line in shipped.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                section = line.Substring(4).Trim();
                continue;
            }

            var cells = line.Split('|').Select(cell => cell.Trim()).ToArray();
            if (cells.Length < 3 || line.StartsWith(";", StringComparison.Ordinal) || cells[0] is "Rule ID" || cells[0].StartsWith("-", StringComparison.Ordinal))
            {
                continue;
            }

            switch (section)
            {
                case "New Rules" or "Changed Rules":
                    rules[cells[0]] = (cells[1], cells[2]);
                    break;
                case "Removed Rules":
                    rules.Remove(cells[0]);
                    break;
            }
        }

        return rules;
    }

    /// <summary>Release tracking's names: Error, Warning, Info.</summary>
    private static string Severity(RuleDescriptor rule) => rule.DefaultSeverity.ToString();

    private static string Notes(RuleDescriptor? rule) => rule?.Title.Replace("|", "/") ?? string.Empty;
}
