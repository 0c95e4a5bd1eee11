using System;
using System.Linq;
using KmsGuardrails.Rules.Catalog;
using Microsoft.CodeAnalysis;

namespace KmsGuardrails.Analyzers.Infrastructure;

/// <summary>
/// The Roslyn descriptor of a catalog rule: title, message, category, severity and help link all
/// come from <see cref="RuleCatalog"/>. An analyzer claims a rule with a static field
/// <c>= KmsDiagnostics.For(RuleIds.X)</c> that it lists in SupportedDiagnostics: analyzer release
/// tracking (AnalyzerReleases.*.md) reads the id from such a field initializer, so the id must be
/// the catalog's constant and the parameter must be called <c>id</c>.
/// </summary>
internal static class KmsDiagnostics
{
    public static DiagnosticDescriptor For(string id, params string[] customTags)
    {
        var rule = RuleCatalog.All.FirstOrDefault(r => r.Id == id) ?? throw new ArgumentException($"'{id}' is not a rule of the catalog", nameof(id));
        return new DiagnosticDescriptor(
            id,
            rule.Title,
            rule.MessageFormat,
            rule.Category,
            rule.DefaultSeverity switch
            {
                RuleSeverity.Error => DiagnosticSeverity.Error,
                RuleSeverity.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Info,
            },
            isEnabledByDefault: true,
            description: rule.Description,
            helpLinkUri: rule.HelpLink,
            customTags: customTags);
    }
}
