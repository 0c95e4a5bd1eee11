using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using KmsGuardrails.Rules.Catalog;

namespace KmsGuardrails.Rules.Tests.Catalog;

public sealed class RuleCatalogTests
{
    private static readonly string DocsDirectory = Path.Combine(AppContext.BaseDirectory, "docs");

    [Fact]
    public void Ids_are_distinct_KMSnnn_in_id_order()
    {
        var ids = RuleCatalog.All.Select(rule => rule.Id).ToArray();

        Assert.All(ids, id => Assert.Matches("^KMS[0-9]{3}$", id));
        Assert.Equal(ids.Distinct().OrderBy(id => id, StringComparer.Ordinal), ids);
    }

    [Theory]
    [InlineData("KMS001", RuleSeverity.Error)]
    [InlineData("KMS002", RuleSeverity.Warning)]
    [InlineData("KMS008", RuleSeverity.Info)]
    [InlineData("KMS012", RuleSeverity.Error)]
    [InlineData("KMS013", RuleSeverity.Error)]
    [InlineData("KMS014", RuleSeverity.Info)]
    [InlineData("KMS015", RuleSeverity.Error)]
    [InlineData("KMS016", RuleSeverity.Warning)]
    public void Default_severities_follow_the_design(string id, RuleSeverity severity)
    {
        Assert.Equal(severity, RuleCatalog.Find(id)!.DefaultSeverity);
    }

    [Fact]
    public void Every_rule_has_complete_metadata()
    {
        foreach (var rule in RuleCatalog.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Title), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Description), rule.Id);
            Assert.Contains(rule.Category, new[] { "Reliability", "Security", "Configuration" });
            Assert.Contains("{0}", rule.MessageFormat);
            Assert.EndsWith("/rules/docs/" + rule.Id + ".md", rule.HelpLink);
            Assert.NotEqual(RuleSurfaces.None, rule.Surfaces);
            Assert.DoesNotContain(rule.Title, c => c == '.');
        }
    }

    [Fact]
    public void Message_formats_accept_their_placeholders()
    {
        foreach (var rule in RuleCatalog.All)
        {
            var highest = Regex.Matches(rule.MessageFormat, @"\{(\d+)\}").Select(m => int.Parse(m.Groups[1].Value)).Max();
            var arguments = Enumerable.Range(1, highest).Select(n => "arg" + n).ToArray();

            var message = rule.FormatMessage("subject", arguments);

            Assert.Contains("subject", message);
            Assert.DoesNotContain("{", message);
        }
    }

    [Fact]
    public void Every_rule_has_a_doc_page_and_every_doc_page_has_a_rule()
    {
        var pages = Directory.GetFiles(DocsDirectory, "KMS*.md").Select(Path.GetFileNameWithoutExtension).OrderBy(x => x);

        Assert.Equal(RuleCatalog.All.Select(rule => rule.Id), pages);
    }

    [Fact]
    public void Every_doc_page_starts_with_its_id_and_catalog_title_and_has_the_required_sections()
    {
        foreach (var rule in RuleCatalog.All)
        {
            var text = File.ReadAllText(Path.Combine(DocsDirectory, rule.Id + ".md"));

            Assert.StartsWith($"# {rule.Id}: {rule.Title}", text);
            foreach (var section in new[] { "## Why", "## How to fix", "## How to suppress" })
            {
                Assert.True(text.Contains(section, StringComparison.Ordinal), $"{rule.Id}.md lacks '{section}'");
            }

            if (rule.Covers(RuleSurfaces.CSharp))
            {
                Assert.True(text.Contains("```csharp", StringComparison.Ordinal), $"{rule.Id}.md lacks a C# example");
            }

            if (rule.Covers(RuleSurfaces.Infrastructure))
            {
                Assert.True(text.Contains("```yaml", StringComparison.Ordinal) || text.Contains("```hcl", StringComparison.Ordinal), $"{rule.Id}.md lacks a template example");
            }
        }
    }

    [Fact]
    public void Find_is_case_insensitive_and_returns_null_for_unknown_ids()
    {
        Assert.Same(RuleCatalog.PendingWindowOutOfRange, RuleCatalog.Find("kms001"));
        Assert.Null(RuleCatalog.Find($"KMS{RuleCatalog.All.Count + 1:D3}")); // the id after the last rule
    }
}
