using System.Collections.Generic;
using System.Linq;
using System.Text;
using KmsGuardrails.Rules.Catalog;

namespace KmsGuardrails.CatalogGenerator;

/// <summary>The Markdown tables of rules: the docs index (every rule, every surface) and the package README (the C# rules).</summary>
public static class RuleTables
{
    /// <summary>rules/docs/README.md: links to the pages beside it.</summary>
    public static string DocsIndex(IEnumerable<RuleDescriptor> rules)
    {
        var table = new StringBuilder()
            .Append("| Id | Title | Severity | C# | Templates | Key policies |\n")
            .Append("|---|---|---|:-:|:-:|:-:|\n");
        foreach (var rule in rules)
        {
            table.Append($"| [{rule.Id}]({rule.Id}.md) | {Cell(rule.Title)} | {Severity(rule)} |")
                .Append(Mark(rule, RuleSurfaces.CSharp))
                .Append(Mark(rule, RuleSurfaces.Infrastructure))
                .Append(Mark(rule, RuleSurfaces.KeyPolicy))
                .Append('\n');
        }

        return table.ToString();
    }

    /// <summary>The analyzer package's README, shown on the package's page: absolute links to the pages.</summary>
    public static string Package(IEnumerable<RuleDescriptor> rules)
    {
        var table = new StringBuilder()
            .Append("| Id | Title | Severity |\n")
            .Append("|---|---|---|\n");
        foreach (var rule in rules.Where(r => r.Covers(RuleSurfaces.CSharp)))
        {
            table.Append($"| [{rule.Id}]({rule.HelpLink}) | {Cell(rule.Title)} | {Severity(rule)} |\n");
        }

        return table.ToString();
    }

    /// <summary>As the rule pages and the CLI name severities.</summary>
    public static string Severity(RuleDescriptor rule) => rule.DefaultSeverity.ToString().ToLowerInvariant();

    private static string Mark(RuleDescriptor rule, RuleSurfaces surface) => rule.Covers(surface) ? " ✓ |" : " |";

    private static string Cell(string text) => text.Replace("|", "\\|");
}
