using KmsGuardrails.Rules.Options;

namespace KmsGuardrails.Rules.Tests.Options;

/// <summary>The rules' options are validated in one place, with one wording for .editorconfig, the configuration file and the command line.</summary>
public sealed class RuleOptionsTests
{
    [Theory]
    [InlineData("7", 7)]
    [InlineData(" 30 ", 30)]
    [InlineData("14", 14)]
    public void The_minimum_window_accepts_whole_days_from_7_to_30(string text, int days)
    {
        var settings = RuleOptions.MinimumPendingWindowDays.TryApply(RuleSettings.Default, text, out var error);

        Assert.Null(error);
        Assert.Equal(days, settings!.Lifecycle.MinimumPendingWindowDays);
    }

    [Theory]
    [InlineData("6")]
    [InlineData("31")]
    [InlineData("-7")]
    [InlineData("14.0")]
    [InlineData("two weeks")]
    [InlineData("")]
    public void Anything_else_is_refused_with_what_is_expected(string text)
    {
        Assert.Null(RuleOptions.MinimumPendingWindowDays.TryApply(RuleSettings.Default, text, out var error));
        Assert.Equal($"min_pending_window_days must be a whole number of days from 7 to 30, not '{text}'", error);
    }

    [Theory]
    [InlineData("false", false)]
    [InlineData("True", true)]
    public void Deletion_administrators_can_be_made_optional(string text, bool required)
    {
        Assert.Equal(required, RuleOptions.RequireDeletionAdministrators.TryApply(RuleSettings.Default, text, out _)!.Policy.RequireDeletionAdministrators);
        Assert.Null(RuleOptions.RequireDeletionAdministrators.TryApply(RuleSettings.Default, "off", out var error));
        Assert.Equal("require_deletion_administrators must be true or false, not 'off'", error);
    }

    [Fact]
    public void Every_option_has_its_editorconfig_key_and_a_default_it_accepts()
    {
        foreach (var option in RuleOptions.All)
        {
            Assert.Equal("kms_guardrails." + option.Name, option.EditorConfigKey);
            Assert.NotNull(option.TryApply(RuleSettings.Default, option.DefaultValue, out _));
            Assert.Same(option, RuleOptions.Find(option.Name.ToUpperInvariant()));
        }
    }
}
