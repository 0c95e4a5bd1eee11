using KmsGuardrails.Rules.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KmsGuardrails.Analyzers.Infrastructure;

/// <summary>
/// The rules' options as <c>.editorconfig</c> sets them for one syntax tree. A value the rules
/// cannot use leaves the option's default; <see cref="Rules.InvalidOptionAnalyzer"/> reports it.
/// </summary>
internal static class AnalyzerSettings
{
    public static RuleSettings Read(AnalyzerOptions options, SyntaxTree tree)
    {
        var config = options.AnalyzerConfigOptionsProvider.GetOptions(tree);
        var settings = RuleSettings.Default;
        foreach (var option in RuleOptions.All)
        {
            if (config.TryGetValue(option.EditorConfigKey, out var text))
            {
                settings = option.TryApply(settings, text, out _) ?? settings;
            }
        }

        return settings;
    }
}
