using System.Collections.Generic;
using KmsGuardrails.Cli.Reporting;
using KmsGuardrails.Rules.Options;

namespace KmsGuardrails.Cli.Configuration;

/// <summary>The settings of <c>.kms-guardrails.yml</c>; every one is optional.</summary>
internal sealed record ToolConfiguration
{
    public static ToolConfiguration Empty { get; } = new();

    /// <summary>The file it was read from, for messages; null when there is none.</summary>
    public string? File { get; init; }

    /// <summary>The rules' options (min_pending_window_days, require_deletion_administrators), defaults where unset.</summary>
    public RuleSettings Settings { get; init; } = RuleSettings.Default;

    /// <summary>Per-rule severity; <see cref="Severity.None"/> turns a rule off.</summary>
    public IReadOnlyDictionary<string, Severity> RuleSeverities { get; init; } = new Dictionary<string, Severity>();

    public IReadOnlyList<string> Exclude { get; init; } = new string[0];

    public IReadOnlyList<ConfiguredSuppression> Suppressions { get; init; } = new ConfiguredSuppression[0];
}
