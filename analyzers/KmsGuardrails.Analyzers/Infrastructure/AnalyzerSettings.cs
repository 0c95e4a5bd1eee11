using System.Globalization;
using KmsGuardrails.Rules.Lifecycle;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KmsGuardrails.Analyzers.Infrastructure;

/// <summary>The analyzer options of .editorconfig, read per syntax tree.</summary>
internal static class AnalyzerSettings
{
    /// <summary>The organisation's minimum deletion waiting period, 7 to 30 days (KMS002).</summary>
    public const string MinimumPendingWindowDays = "kms_guardrails.min_pending_window_days";

    public static LifecycleOptions Lifecycle(AnalyzerOptions options, SyntaxTree tree)
    {
        var config = options.AnalyzerConfigOptionsProvider.GetOptions(tree);
        if (config.TryGetValue(MinimumPendingWindowDays, out var text)
            && int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var days)
            && days is >= PendingWindow.MinimumDays and <= PendingWindow.MaximumDays)
        {
            return new LifecycleOptions { MinimumPendingWindowDays = days };
        }

        return LifecycleOptions.Default;
    }
}
