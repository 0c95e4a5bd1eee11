using System;

namespace KmsGuardrails.Rules.Options;

/// <summary>
/// One organisation setting: its name (the same in <c>.editorconfig</c>, after the
/// <c>kms_guardrails.</c> prefix, and in <c>.kms-guardrails.yml</c>), what it means, and the one
/// place its value is validated, with one wording for every surface.
/// </summary>
public sealed class RuleOption
{
    private readonly Func<string, RuleSettings, RuleSettings?> apply;

    internal RuleOption(string name, string description, string defaultValue, string expected, Func<string, RuleSettings, RuleSettings?> apply)
    {
        Name = name;
        Description = description;
        DefaultValue = defaultValue;
        Expected = expected;
        this.apply = apply;
    }

    /// <summary>The option's name, for example <c>min_pending_window_days</c>.</summary>
    public string Name { get; }

    /// <summary>The key in <c>.editorconfig</c>: <c>kms_guardrails.</c> and the name.</summary>
    public string EditorConfigKey => RuleOptions.EditorConfigPrefix + Name;

    public string Description { get; }

    /// <summary>The value that applies when the option is not set, as it would be written.</summary>
    public string DefaultValue { get; }

    /// <summary>What a valid value is, in words: "a whole number of days from 7 to 30".</summary>
    public string Expected { get; }

    /// <summary>
    /// <paramref name="settings"/> with this option set to <paramref name="text"/>, or null and
    /// <paramref name="error"/> when the text is not a valid value.
    /// </summary>
    public RuleSettings? TryApply(RuleSettings settings, string text, out string? error)
    {
        var updated = apply(text.Trim(), settings);
        error = updated is null ? Name + " must be " + Expected + ", not '" + text + "'" : null;
        return updated;
    }

    public override string ToString() => Name;
}
