using System;
using System.Linq;

namespace KmsGuardrails.Cli.Tests;

/// <summary>.kms-guardrails.yml (found upward or given), per-rule severities, suppressions with expiry, and baselines.</summary>
public sealed class ConfigurationAndBaselineTests : IDisposable
{
    private readonly Workspace workspace = new Workspace()
        .With("infra/keys.yaml", Fixtures.ShortWindow)
        .With("infra/scratch.yaml", Fixtures.NotRetained)
        .With("policies/open.json", Fixtures.OpenPolicy);

    public void Dispose() => workspace.Dispose();

    [Fact]
    public void The_configuration_is_found_upward_and_changes_severities_turns_rules_off_and_suppresses()
    {
        workspace.With(".kms-guardrails.yml", """
            rules:
              KMS001: warning
              KMS014: none
            pending_deletion_alarm_elsewhere: true
            suppressions:
              - rule: KMS013
                path: policies/**
                reason: partners are limited by an SCP
                expires: 2999-12-31
            """);

        var (exit, output, _) = CliRunner.Run(workspace.Path + "/infra", "scan", ".", "../policies", "--fail-on", "error");

        Assert.Equal(0, exit);
        Assert.Contains("keys.yaml(6,28): warning KMS001:", output);
        Assert.DoesNotContain("KMS014", output);
        Assert.DoesNotContain("KMS013", output);
        Assert.DoesNotContain("KMS017", output);
        Assert.EndsWith("3 file(s) scanned: 0 error(s), 1 warning(s), 0 note(s), 1 suppressed", output.TrimEnd());
    }

    [Fact]
    public void An_expired_suppression_stops_suppressing_and_says_so()
    {
        workspace.With("ci.yml", """
            suppressions:
              - rule: KMS013
                reason: until the partner migration is done
                expires: 2020-01-31
            """);

        var (exit, output, _) = CliRunner.Run(workspace.Path, "scan", "policies", "--config", "ci.yml");

        Assert.Equal(1, exit);
        Assert.Contains("ci.yml(2,5): warning: the suppression of KMS013 expired on 2020-01-31, so it no longer applies", output);
        Assert.Contains("error KMS013", output);
    }

    [Theory]
    [InlineData("minimumPendingWindowDays: 40\n", "(1,27): error: min_pending_window_days must be a whole number of days from 7 to 30, not '40'")]
    [InlineData("min_pending_window_days: 2 weeks\n", "(1,26): error: min_pending_window_days must be a whole number of days from 7 to 30, not '2 weeks'")]
    [InlineData("min_pending_window_days: [14]\n", "(1,26): error: min_pending_window_days must be a whole number of days from 7 to 30")]
    [InlineData("require_deletion_administrators: maybe\n", "(1,34): error: require_deletion_administrators must be true or false, not 'maybe'")]
    [InlineData("rules:\n  KMS099: none\n", "(2,3): error: unknown rule 'KMS099'")]
    [InlineData("rules:\n  KMS001: loud\n", "(2,11): error: the severity of KMS001 must be error, warning, note or none")]
    [InlineData("suppresions: []\n", "(1,1): error: unknown setting 'suppresions'")]
    [InlineData("suppressions:\n  - rule: KMS014\n", "(2,5): error: the suppression of KMS014 needs a reason")]
    [InlineData("suppressions:\n  - rule: KMS014\n    reason: x\n    expires: soon\n", "(4,14): error: expires must be a date such as 2027-06-30")]
    [InlineData("rules: [\n", "(2,1): error:")]
    public void A_bad_configuration_is_a_positioned_error_and_exit_code_2(string configuration, string expected)
    {
        workspace.With(".kms-guardrails.yml", configuration);

        var (exit, output, _) = CliRunner.Run(workspace.Path, "scan", "infra");

        Assert.Equal(2, exit);
        Assert.Contains(".kms-guardrails.yml" + expected, output);
    }

    [Fact]
    public void The_minimum_window_comes_from_the_configuration_unless_the_command_line_sets_it()
    {
        workspace.With("infra/keys.yaml", Fixtures.ShortWindow.Replace("PendingWindowInDays: 3", "PendingWindowInDays: 10"))
            .With(".kms-guardrails.yml", "minimumPendingWindowDays: 14\n");

        Assert.Contains("warning KMS002", CliRunner.Run(workspace.Path, "scan", "infra/keys.yaml").Output);
        Assert.DoesNotContain("KMS002", CliRunner.Run(workspace.Path, "scan", "infra/keys.yaml", "--min-pending-window-days", "7").Output);
    }

    [Fact]
    public void The_options_have_the_names_they_have_in_editorconfig()
    {
        const string locked = "{ \"Version\": \"2012-10-17\", \"Statement\": [\n  { \"Sid\": \"Use\", \"Effect\": \"Allow\", \"Principal\": { \"AWS\": \"arn:aws:iam::111122223333:role/App\" }, \"Action\": [ \"kms:Encrypt\", \"kms:Decrypt\" ], \"Resource\": \"*\" } ] }\n";
        workspace.With("infra/keys.yaml", Fixtures.ShortWindow.Replace("PendingWindowInDays: 3", "PendingWindowInDays: 10"))
            .With("locked/policy.json", locked)
            .With(".kms-guardrails.yml", "min_pending_window_days: 14\n");

        var strict = CliRunner.Run(workspace.Path, "scan", "infra", "locked").Output;
        Assert.Contains("warning KMS002", strict);
        Assert.Contains("locked/policy.json(1,1): warning KMS011: Key policy 'locked/policy.json': no principal may both schedule and cancel deletion", strict);

        workspace.With(".kms-guardrails.yml", "min_pending_window_days: 14\nrequire_deletion_administrators: false\n");
        Assert.DoesNotContain("KMS011", CliRunner.Run(workspace.Path, "scan", "infra", "locked").Output);
    }

    [Fact]
    public void A_baseline_accepts_known_findings_so_only_new_ones_fail()
    {
        var (created, createdOutput, _) = CliRunner.Run(workspace.Path, "baseline", "create", ".", "-o", "baseline.json");
        Assert.Equal(0, created);
        Assert.Equal("baseline.json: 4 finding(s) recorded", createdOutput.Trim());

        var (known, knownOutput, _) = CliRunner.Run(workspace.Path, "scan", ".", "--baseline", "baseline.json");
        Assert.Equal(0, known);
        Assert.EndsWith("0 error(s), 0 warning(s), 0 note(s), 4 suppressed", knownOutput.TrimEnd());

        workspace.With("infra/new.yaml", Fixtures.ShortWindow.Replace("Key:", "NewKey:"));
        var (fresh, freshOutput, _) = CliRunner.Run(workspace.Path, "scan", ".", "--baseline", "baseline.json");
        Assert.Equal(1, fresh);
        Assert.Single(freshOutput.Split('\n'), l => l.Contains("error KMS001", StringComparison.Ordinal));
        Assert.Contains("infra/new.yaml(6,28): error KMS001", freshOutput);
    }

    [Fact]
    public void A_baseline_that_is_not_one_is_bad_input()
    {
        workspace.With("baseline.json", "{ \"findings\": [] }");

        var (exit, output, _) = CliRunner.Run(workspace.Path, "scan", "infra", "--baseline", "baseline.json");

        Assert.Equal(2, exit);
        Assert.Contains("baseline.json(1,1): error: not a kms-guardrails baseline of version 1", output);
    }
}
