using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KmsGuardrails.Rules.Catalog;
using KmsGuardrails.Tests.Shared;

namespace KmsGuardrails.Analyzers.Tests.Catalog;

/// <summary>
/// Analyzer release tracking (AnalyzerReleases.Shipped.md, then Unshipped.md; RS2000–RS2008 check
/// the ids at build time): read in order, the releases must leave exactly the catalog's C# rules,
/// each table in id order, with the category and severity the analyzers report.
/// </summary>
public sealed class ReleaseTrackingTests
{
    private static readonly string[] Files = { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" };

    [Fact]
    public void Releases_list_exactly_the_catalog_CSharp_rules_in_id_order_with_their_category_and_severity()
    {
        var tracked = new Dictionary<string, (string Category, string Severity)>();
        foreach (var file in Files)
        {
            string? section = null;
            var table = new List<string>();
            foreach (var line in File.ReadAllLines(SourceTree.Path("analyzers/KmsGuardrails.Analyzers", file)).Append("### end"))
            {
                if (line.StartsWith("#", StringComparison.Ordinal))
                {
                    Assert.True(table.SequenceEqual(table.OrderBy(id => id, StringComparer.Ordinal)), $"{file}, {section}: rules not in id order: {string.Join(", ", table)}");
                    table.Clear();
                    section = line.TrimStart('#', ' ');
                    continue;
                }

                var cells = line.Split('|').Select(cell => cell.Trim()).ToArray();
                if (!cells[0].StartsWith("KMS", StringComparison.Ordinal))
                {
                    continue;
                }

                table.Add(cells[0]);
                switch (section)
                {
                    case "New Rules":
                        Assert.True(tracked.TryAdd(cells[0], (cells[1], cells[2])), $"{file}: {cells[0]} is added twice");
                        break;
                    case "Removed Rules":
                        Assert.True(tracked.Remove(cells[0]), $"{file}: {cells[0]} is removed but was never added");
                        break;
                    case "Changed Rules":
                        Assert.True(tracked.ContainsKey(cells[0]), $"{file}: {cells[0]} is changed but was never added");
                        tracked[cells[0]] = (cells[1], cells[2]);
                        break;
                    default:
                        Assert.Fail($"{file}: {cells[0]} is under '{section}', not under New, Removed or Changed Rules");
                        break;
                }
            }
        }

        var reported = RuleOwnershipTests.Analyzers.SelectMany(a => a.SupportedDiagnostics).ToDictionary(d => d.Id, d => (d.Category, d.DefaultSeverity.ToString()));
        Assert.Equal(RuleCatalog.All.Where(r => r.Covers(RuleSurfaces.CSharp)).Select(r => r.Id), tracked.Keys.OrderBy(id => id, StringComparer.Ordinal));
        foreach (var (id, entry) in tracked)
        {
            Assert.True(reported[id] == entry, $"{id}: release tracking says {entry}, the analyzer reports {reported[id]}");
        }
    }
}
