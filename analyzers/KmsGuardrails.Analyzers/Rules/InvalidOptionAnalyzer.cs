using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using KmsGuardrails.Analyzers.Infrastructure;
using KmsGuardrails.Analyzers.Sdk;
using KmsGuardrails.Rules.Catalog;
using KmsGuardrails.Rules.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KmsGuardrails.Analyzers.Rules;

/// <summary>
/// KMS000: an option in <c>.editorconfig</c> whose value the rules cannot use, reported once per
/// compilation and value, so a typo never silently changes what the other analyzers check.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidOptionAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Reported at compilation end, which Roslyn wants said (RS1037).</summary>
    private static readonly DiagnosticDescriptor InvalidOption = KmsDiagnostics.For(RuleIds.InvalidOption, WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(InvalidOption);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(Report);
    }

    private void Report(CompilationAnalysisContext context)
    {
        if (KmsSdk.TryCreate(context.Compilation) is null)
        {
            return;
        }

        var provider = context.Options.AnalyzerConfigOptionsProvider;
        var reported = new HashSet<(string, string)>();
        foreach (var tree in context.Compilation.SyntaxTrees)
        {
            var config = provider.GetOptions(tree);
            foreach (var option in RuleOptions.All)
            {
                if (config.TryGetValue(option.EditorConfigKey, out var text)
                    && option.TryApply(RuleSettings.Default, text, out var error) is null
                    && reported.Add((option.Name, text)))
                {
                    context.ReportDiagnostic(Diagnostic.Create(InvalidOption, Location.None, option.EditorConfigKey, error, option.DefaultValue));
                }
            }
        }
    }
}
