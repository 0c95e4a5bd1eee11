using System;
using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.Analyzers.Rules;
using KmsGuardrails.Rules.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KmsGuardrails.Analyzers.Tests.Catalog;

/// <summary>
/// Which analyzer reports which rule is written once, in each analyzer's SupportedDiagnostics. A
/// hazard whose rule no analyzer supports would be dropped without a word (HazardReporter skips
/// rules the asking analyzer does not support), so every C# rule of the catalog must have exactly
/// one owner, and no analyzer may report anything the catalog does not list for C#.
/// </summary>
public sealed class RuleOwnershipTests
{
    /// <summary>Every analyzer the package ships, as the compiler would load them.</summary>
    public static IReadOnlyList<DiagnosticAnalyzer> Analyzers { get; } = typeof(PendingWindowAnalyzer).Assembly.GetTypes()
        .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract)
        .OrderBy(type => type.Name, StringComparer.Ordinal)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToList();

    [Fact]
    public void Every_CSharp_rule_is_reported_by_exactly_one_analyzer()
    {
        var problems = new List<string>();
        foreach (var rule in RuleCatalog.All.Where(r => r.Covers(RuleSurfaces.CSharp)))
        {
            var owners = Analyzers.Where(a => a.SupportedDiagnostics.Any(d => d.Id == rule.Id)).Select(a => a.GetType().Name).ToList();
            if (owners.Count != 1)
            {
                problems.Add(owners.Count == 0
                    ? $"{rule.Id} claims C# but no analyzer lists it in SupportedDiagnostics: give the analyzer that raises it a field = KmsDiagnostics.For(RuleIds.…) and list that"
                    : $"{rule.Id} is listed by {string.Join(" and ", owners)}: one analyzer must own it");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Analyzers_report_only_catalog_rules_that_claim_CSharp()
    {
        var strays = Analyzers
            .SelectMany(a => a.SupportedDiagnostics.Select(d => (Analyzer: a.GetType().Name, d.Id)))
            .Where(s => RuleCatalog.Find(s.Id) is not { } rule || !rule.Covers(RuleSurfaces.CSharp))
            .Select(s => $"{s.Analyzer} supports {s.Id}, which the catalog does not list for C#")
            .ToList();

        Assert.True(strays.Count == 0, string.Join(Environment.NewLine, strays));
    }

    [Fact]
    public void Descriptors_carry_the_catalog_metadata()
    {
        foreach (var descriptor in Analyzers.SelectMany(a => a.SupportedDiagnostics))
        {
            var rule = RuleCatalog.Find(descriptor.Id)!;
            Assert.Equal(rule.Title, descriptor.Title.ToString());
            Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString());
            Assert.Equal(rule.Description, descriptor.Description.ToString());
            Assert.Equal(rule.Category, descriptor.Category);
            Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
            Assert.Equal(rule.DefaultSeverity switch
            {
                RuleSeverity.Error => DiagnosticSeverity.Error,
                RuleSeverity.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Info,
            }, descriptor.DefaultSeverity);
            Assert.True(descriptor.IsEnabledByDefault, descriptor.Id);
        }
    }
}
