using System;
using KmsGuardrails.Rules.Catalog;

namespace KmsGuardrails.CatalogGenerator;

/// <summary>The first line of a rule's page, <c># KMSnnn: title</c>, follows the catalog; the rest of the page is written by hand.</summary>
public static class RulePages
{
    public static string Path(RuleDescriptor rule) => "rules/docs/" + rule.Id + ".md";

    public static string WithTitle(string page, RuleDescriptor rule)
    {
        var firstLineEnd = page.IndexOf('\n');
        return $"# {rule.Id}: {rule.Title}" + (firstLineEnd < 0 ? "\n" : page.Substring(firstLineEnd));
    }
}
