using System;
using System.Linq;
using KmsGuardrails.CatalogGenerator;
using KmsGuardrails.Rules.Catalog;
using KmsGuardrails.Tests.Shared;

namespace KmsGuardrails.Rules.Tests.Catalog;

/// <summary>
/// The files derived from the catalog (RuleIds, the rules tables, the analyzers' unshipped release,
/// the pages' titles) are checked in as the generator writes them, so a rule added to the catalog
/// and not regenerated fails here, with the command that fixes it.
/// </summary>
public sealed class GeneratedFilesTests
{
    [Fact]
    public void Files_generated_from_the_catalog_are_current()
    {
        var stale = CatalogFiles.Generate(SourceTree.Root).Where(file => !file.IsCurrent(SourceTree.Root)).Select(file => file.RelativePath).ToList();

        Assert.True(stale.Count == 0, $"generated from the rule catalog but stale: {string.Join(", ", stale)}. Run `{CatalogFiles.Command}` and commit the result.");
    }

    [Fact]
    public void The_docs_index_has_a_row_per_rule_with_its_page_title_severity_and_surfaces()
    {
        var table = RuleTables.DocsIndex(RuleCatalog.All).Split('\n');

        Assert.Equal("| Id | Title | Severity | C# | Templates | Key policies |", table[0]);
        var rows = table.Skip(2).Where(row => row.Length > 0).ToList();
        Assert.Equal(RuleCatalog.All.Count, rows.Count);
        Assert.All(RuleCatalog.All.Zip(rows), pair => Assert.StartsWith($"| [{pair.First.Id}]({pair.First.Id}.md) | {pair.First.Title} | {RuleTables.Severity(pair.First)} |", pair.Second));
        Assert.Contains("| [KMS011](KMS011.md) | Key administrators cannot schedule and cancel deletion | warning | ✓ | ✓ | ✓ |", table);
        Assert.Contains("| [KMS015](KMS015.md) | A change destroys or replaces a key | error | | ✓ | |", table);
    }

    [Fact]
    public void The_package_table_lists_the_CSharp_rules_with_absolute_links()
    {
        var rows = RuleTables.Package(RuleCatalog.All).Split('\n').Skip(2).Where(row => row.Length > 0).ToList();

        Assert.Equal(RuleCatalog.All.Count(r => r.Covers(RuleSurfaces.CSharp)), rows.Count);
        Assert.Contains("| [KMS001](https://github.com/kms-guardrails/kms-guardrails/blob/main/rules/docs/KMS001.md) | Deletion waiting period outside 7 to 30 days | error |", rows);
        Assert.DoesNotContain(rows, row => row.Contains("KMS014", StringComparison.Ordinal));
    }

    [Fact]
    public void RuleIds_has_a_constant_per_catalog_field()
    {
        var source = RuleIdsSource.Render();

        Assert.Contains("    public const string PendingWindowOutOfRange = \"KMS001\";\n", source);
        Assert.Equal(RuleCatalog.All.Count, source.Split('\n').Count(line => line.StartsWith("    public const string ", StringComparison.Ordinal)));
        Assert.Equal(RuleIds.LockoutSafetyCheckBypassed, RuleCatalog.LockoutSafetyCheckBypassed.Id);
    }

    [Fact]
    public void Nothing_shipped_makes_every_CSharp_rule_new()
    {
        var unshipped = ReleaseTracking.Unshipped("; Shipped analyzer releases\n", RuleCatalog.All);

        Assert.Contains("### New Rules\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|-------\n", unshipped);
        Assert.Contains("\nKMS001 | Reliability | Error | Deletion waiting period outside 7 to 30 days\n", unshipped);
        Assert.Contains("KMS016 | Security | Warning | Policy lockout safety check bypassed\n", unshipped);
        Assert.DoesNotContain("KMS014", unshipped);
        Assert.DoesNotContain("### Changed Rules", unshipped);
    }

    [Fact]
    public void Shipped_rules_are_left_out_changed_ones_and_removed_ones_are_listed()
    {
        const string Shipped = """
            ; Shipped analyzer releases

            ## Release 0.1.0

            ### New Rules

            Rule ID | Category | Severity | Notes
            --------|----------|----------|-------
            KMS001 | Reliability | Error | Deletion waiting period outside 7 to 30 days
            KMS008 | Reliability | Warning | Scheduling deletion of a key that is still enabled
            KMS099 | Reliability | Warning | A rule since retired

            ## Release 0.2.0

            ### Changed Rules

            Rule ID | New Category | New Severity | Old Category | Old Severity | Notes
            --------|--------------|--------------|--------------|--------------|-------
            KMS008 | Security | Warning | Reliability | Warning | moved
            """;

        var unshipped = ReleaseTracking.Unshipped(Shipped, RuleCatalog.All);

        Assert.DoesNotContain("\nKMS001 |", unshipped);
        Assert.Contains("\nKMS002 | Reliability | Warning |", unshipped);
        Assert.Contains("### Removed Rules\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|-------\nKMS099 | Reliability | Warning | \n", unshipped);
        Assert.Contains("### Changed Rules\n\nRule ID | New Category | New Severity | Old Category | Old Severity | Notes\n", unshipped);
        Assert.Contains("\nKMS008 | Reliability | Info | Security | Warning | " + RuleCatalog.ScheduledWhileEnabled.Title + "\n", unshipped);
    }

    [Fact]
    public void A_file_without_its_markers_is_an_error_that_names_it()
    {
        var error = Assert.Throws<GenerationException>(() => MarkedSection.Replace("# Rules\n\n| Id |\n", "rules/docs/README.md", "| Id |\n"));

        Assert.StartsWith("rules/docs/README.md: expected one line", error.Message);
    }

    [Fact]
    public void Only_the_text_between_the_markers_is_replaced()
    {
        var text = $"# Rules\n\n{MarkedSection.Begin}\n| old |\n{MarkedSection.End}\n\nKept.\n";

        Assert.Equal($"# Rules\n\n{MarkedSection.Begin}\n| new |\n{MarkedSection.End}\n\nKept.\n", MarkedSection.Replace(text, "README.md", "| new |\n"));
    }

    [Fact]
    public void A_page_title_follows_the_catalog_and_the_rest_of_the_page_is_kept()
    {
        var page = RulePages.WithTitle("# KMS001: An old title\n\n## Why\n", RuleCatalog.PendingWindowOutOfRange);

        Assert.Equal("# KMS001: Deletion waiting period outside 7 to 30 days\n\n## Why\n", page);
    }
}
