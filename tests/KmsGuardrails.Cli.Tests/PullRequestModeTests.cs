using System;
using System.IO;

namespace KmsGuardrails.Cli.Tests;

/// <summary>
/// <c>--diff-base</c>: keys a pull request removes, renames or replaces are reported as KMS015,
/// comparing the files at the base commit with the working tree; <c>--changed-only</c>.
/// </summary>
public sealed class PullRequestModeTests : IDisposable
{
    private const string BaseTemplate = """
        AWSTemplateFormatVersion: "2010-09-09"
        Parameters:
          Primary:
            Type: String
        Resources:
          PaymentsKey:
            Type: AWS::KMS::Key
            DeletionPolicy: Retain
            Properties:
              PendingWindowInDays: 30
          ArchiveKey:
            Type: AWS::KMS::Key
            DeletionPolicy: Retain
            UpdateReplacePolicy: Retain
          ScratchKey:
            Type: AWS::KMS::Key
            Properties:
              PendingWindowInDays: 14
          PaymentsReplica:
            Type: AWS::KMS::ReplicaKey
            Properties:
              PrimaryKeyArn: !Ref Primary
              KeyPolicy:
                Version: "2012-10-17"
                Statement:
                  - Effect: Allow
                    Principal: { AWS: !Sub "arn:aws:iam::${AWS::AccountId}:root" }
                    Action: "kms:*"
                    Resource: "*"
        """;

    private const string BaseTerraform = """
        { "resource": { "aws_kms_key": {
            "app": { "key_usage": "ENCRYPT_DECRYPT", "deletion_window_in_days": 14, "lifecycle": { "prevent_destroy": true } },
            "reports": { "multi_region": true, "lifecycle": { "prevent_destroy": true } },
            "legacy": { "lifecycle": { "prevent_destroy": true } },
            "shared": { "lifecycle": { "prevent_destroy": true } } } } }
        """;

    private readonly Workspace workspace = new();

    public PullRequestModeTests()
    {
        if (GitRepository.SkipReason is null)
        {
            Repository = GitRepository.Init(workspace.Path);
        }
    }

    private GitRepository Repository { get; } = null!;

    public void Dispose() => workspace.Dispose();

    [GitFact]
    public void A_head_file_that_cannot_be_decoded_is_not_taken_for_a_deleted_one()
    {
        workspace.With("infra/keys.yaml", BaseTemplate);
        var baseCommit = Repository.CommitAll("base");
        File.AppendAllText(Path.Combine(workspace.Path, "infra/keys.yaml"), "\0");

        var (code, output, error) = CliRunner.Run(workspace.Path, "scan", "infra", "--diff-base", baseCommit);

        Assert.True(code == 2, output + error);
        Assert.Contains("infra/keys.yaml(29,26): error: the file is binary", output);
        Assert.DoesNotContain("KMS015", output);
    }

    /// <summary>The scan never goes to the network: in a partial clone, a base file git would have to fetch is reported instead.</summary>
    [GitFact]
    public void A_base_file_missing_from_a_partial_clone_is_a_problem_and_is_not_fetched()
    {
        workspace.With("origin/infra/keys.yaml", BaseTemplate);
        var origin = GitRepository.Init(Path.Combine(workspace.Path, "origin"));
        origin.CommitAll("base");
        workspace.With("origin/infra/keys.yaml", BaseTemplate.Replace("  ScratchKey:", "  TemporaryKey:"));
        origin.CommitAll("head");
        var clone = BloblessClone(origin);

        var (code, output, error) = CliRunner.Run(clone, "scan", "infra", "--diff-base", "HEAD~1");

        Assert.True(code == 2, output + error);
        Assert.Contains("infra/keys.yaml at HEAD~1(1,1): error: the file could not be read from git, so what the change removes is not known:", output);
        Assert.Contains("?", GitRepository.Open(clone).Git("rev-list", "--objects", "--missing=print", "HEAD~1")); // still missing: not fetched
    }

    /// <summary>Rename detection needs the base file's contents: without them the comparison goes on, and only that file is a problem.</summary>
    [GitFact]
    public void A_renamed_file_whose_base_a_partial_clone_lacks_is_a_problem_of_that_file_alone()
    {
        workspace.With("origin/infra/keys.yaml", BaseTemplate).With("origin/infra/main.tf.json", BaseTerraform);
        var origin = GitRepository.Init(Path.Combine(workspace.Path, "origin"));
        origin.CommitAll("base");
        File.Delete(Path.Combine(workspace.Path, "origin/infra/keys.yaml"));
        workspace.With("origin/infra/payments.yaml", BaseTemplate.Replace("PendingWindowInDays: 14", "PendingWindowInDays: 21"));
        origin.CommitAll("head");
        var clone = BloblessClone(origin);

        var (code, output, error) = CliRunner.Run(clone, "scan", "infra", "--diff-base", "HEAD~1");

        Assert.True(code == 2, output + error);
        Assert.Contains("infra/keys.yaml at HEAD~1(1,1): error: the file could not be read from git, so what the change removes is not known:", output);
        Assert.DoesNotContain("git diff failed", output + error);
        Assert.DoesNotContain(output.Split('\n'), l => l.Contains("main.tf.json", StringComparison.Ordinal) && !l.Contains("KMS017", StringComparison.Ordinal)); // unchanged: not compared, not a problem
    }

    /// <summary>A partial clone of <paramref name="origin"/> (in the workspace's origin folder) without file contents: git fetches those on demand, which the scan does not allow.</summary>
    private string BloblessClone(GitRepository origin)
    {
        origin.Git("config", "uploadpack.allowFilter", "true");
        var clone = Path.Combine(workspace.Path, "clone");
        Repository.Git("clone", "-q", "--no-local", "--filter=blob:none", "file://" + Path.Combine(workspace.Path, "origin"), clone);
        return clone;
    }

    [GitFact]
    public void A_pull_request_that_changes_nothing_dangerous_is_silent()
    {
        workspace.With("infra/keys.yaml", BaseTemplate).With("infra/main.tf.json", BaseTerraform);
        var baseCommit = Repository.CommitAll("base");
        workspace.With("infra/keys.yaml", BaseTemplate.Replace("PendingWindowInDays: 14", "PendingWindowInDays: 21").Replace("  ArchiveKey:", "  ArchivedKey:"))
            .With("infra/main.tf.json", BaseTerraform.Replace("\"reports\": { \"multi_region\": true,", "\"reports\": {").Replace("\"deletion_window_in_days\": 14", "\"deletion_window_in_days\": 30"));
        Repository.CommitAll("head");

        var (code, output, error) = CliRunner.Run(workspace.Path, "scan", "infra", "--diff-base", baseCommit);

        // A retained key renamed (ArchiveKey) stays in the account; multi_region is computed, so omitting it changes nothing.
        Assert.True(code == 0, output + error);
        Assert.DoesNotContain("KMS015", output);
    }

    [GitFact]
    public void Removed_renamed_and_replaced_cloudformation_keys_are_reported_where_the_change_is()
    {
        workspace.With("infra/keys.yaml", BaseTemplate);
        Repository.CommitAll("base");
        workspace.With("infra/keys.yaml", BaseTemplate
            .Replace("  ScratchKey:", "  TemporaryKey:")
            .Replace("PrimaryKeyArn: !Ref Primary", "PrimaryKeyArn: arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd"));

        var (code, output, _) = CliRunner.Run(workspace.Path, "scan", "infra", "--diff-base", "main");

        Assert.Equal(1, code);
        Assert.Contains("infra/keys.yaml(15,3): error KMS015: Key 'ScratchKey': it is renamed to 'TemporaryKey' in this change, which creates a new key and deletes this one; the old key is scheduled for deletion and destroyed after 14 days", output);
        Assert.Contains("infra/keys.yaml(22,22): error KMS015: Key 'PaymentsReplica': its PrimaryKeyArn changes from !Ref \"Primary\" at main to 'arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd', which replaces the key", output);
        Assert.Contains("infra/keys.yaml(15,3): note KMS008: Key 'ScratchKey' is deleted by this change while it is enabled; disable it in an earlier change, watch for failed calls, then remove it", output);
        Assert.Contains("infra/keys.yaml(15,3): warning KMS017: Key 'ScratchKey' is deleted by this change, but no CloudWatch alarm watches CloudTrail for attempted use of it during its waiting period", output);
        Assert.DoesNotContain("KMS015: Key 'PaymentsKey'", output);
    }

    [GitFact]
    public void Keys_of_a_deleted_template_are_reported_at_their_place_in_the_base_revision_unless_retained()
    {
        workspace.With("infra/keys.yaml", BaseTemplate).With("infra/other/notes.yaml", "title: not a template\n");
        Repository.CommitAll("base");
        File.Delete(Path.Combine(workspace.Path, "infra/keys.yaml"));

        var (code, output, _) = CliRunner.Run(workspace.Path, "scan", "infra", "--diff-base", "main");

        Assert.Equal(1, code);
        Assert.Contains("infra/keys.yaml(15,3): error KMS015: Key 'ScratchKey': its file is deleted in this change (it was declared here at main)", output);
        Assert.Contains("infra/keys.yaml(19,3): error KMS015: Key 'PaymentsReplica'", output);
        Assert.DoesNotContain("KMS015: Key 'PaymentsKey'", output);
        Assert.DoesNotContain("KMS015: Key 'ArchiveKey'", output);
    }

    [GitFact]
    public void Terraform_removals_and_replacement_forcing_changes_are_reported_but_moved_blocks_keep_the_key()
    {
        workspace.With("infra/main.tf.json", BaseTerraform);
        Repository.CommitAll("base");
        workspace.With("infra/main.tf.json", """
            { "resource": { "aws_kms_key": {
                "app": { "key_usage": "SIGN_VERIFY", "customer_master_key_spec": "RSA_2048", "deletion_window_in_days": 14 },
                "reports": { "multi_region": true, "lifecycle": { "prevent_destroy": true } },
                "common": { "lifecycle": { "prevent_destroy": true } } } },
              "moved": [ { "from": "aws_kms_key.shared", "to": "aws_kms_key.common" } ] }
            """);

        var (code, output, _) = CliRunner.Run(workspace.Path, "scan", "infra", "--diff-base", "main");

        Assert.Equal(1, code);
        Assert.Contains("infra/main.tf.json(2,27): error KMS015: Key 'aws_kms_key.app': its key_usage changes from 'ENCRYPT_DECRYPT' at main to 'SIGN_VERIFY', which replaces the key; the old key is scheduled for deletion and destroyed after 14 days", output);
        Assert.Contains("infra/main.tf.json(2,70): error KMS015: Key 'aws_kms_key.app': its customer_master_key_spec changes from 'SYMMETRIC_DEFAULT' at main to 'RSA_2048'", output);

        // prevent_destroy does not protect a resource whose block is removed.
        Assert.Contains("infra/main.tf.json(1,1): error KMS015: Key 'aws_kms_key.legacy': its resource is removed in this change (it was declared at line 4 at main)", output);
        Assert.DoesNotContain("'aws_kms_key.shared'", output);
        Assert.DoesNotContain("'aws_kms_key.reports': its", output);
    }

    [GitFact]
    public void A_moved_template_is_compared_with_its_old_path_and_changed_only_scans_just_the_changed_files()
    {
        workspace.With("infra/keys.yaml", BaseTemplate).With("infra/untouched.yaml", Fixtures.ShortWindow);
        Repository.CommitAll("base");
        Directory.CreateDirectory(Path.Combine(workspace.Path, "infra/payments"));
        Repository.Git("mv", "infra/keys.yaml", "infra/payments/keys.yaml");
        Repository.CommitAll("move");

        var (all, allOutput, _) = CliRunner.Run(workspace.Path, "scan", "infra", "--diff-base", "HEAD~1");
        var (changed, changedOutput, _) = CliRunner.Run(workspace.Path, "scan", "infra", "--diff-base", "HEAD~1", "--changed-only");

        Assert.Equal(1, all);
        Assert.Contains("infra/untouched.yaml(6,28): error KMS001", allOutput);
        Assert.DoesNotContain("KMS015", allOutput);
        Assert.Equal(0, changed);
        Assert.DoesNotContain("untouched.yaml", changedOutput);
        Assert.Contains("1 file(s) scanned", changedOutput);
    }

    [GitFact]
    public void A_revision_that_does_not_exist_is_a_usage_error_that_names_it()
    {
        workspace.With("infra/keys.yaml", BaseTemplate);
        Repository.CommitAll("base");

        var (code, output, _) = CliRunner.Run(workspace.Path, "scan", "infra", "--diff-base", "no-such-branch");

        Assert.Equal(2, code);
        Assert.Contains("--diff-base(1,1): error: 'no-such-branch' is not a commit in this repository", output);
    }

    [Fact]
    public void Changed_only_without_a_base_is_a_usage_error()
    {
        var (code, _, error) = CliRunner.Run(workspace.Path, "scan", ".", "--changed-only");

        Assert.Equal(2, code);
        Assert.Contains("--changed-only needs --diff-base", error);
    }

    [Fact]
    public void Outside_a_git_repository_diff_base_is_an_input_error()
    {
        using var elsewhere = new Workspace();
        elsewhere.With("keys.yaml", BaseTemplate);

        var (code, output, _) = CliRunner.Run(elsewhere.Path, "scan", ".", "--diff-base", "main");

        Assert.Equal(2, code);
        Assert.Contains("is not in a git working tree", output);
    }

    [GitFact]
    public void Changed_only_still_reads_the_alarms_of_unchanged_files_for_KMS017()
    {
        const string monitoring = """
            Resources:
              PendingDeletionUseFilter:
                Type: AWS::Logs::MetricFilter
                Properties:
                  LogGroupName: organization-trail
                  FilterPattern: '{ $.eventSource = kms* && $.errorMessage = "* is pending deletion." }'
                  MetricTransformations:
                    - { MetricName: KMSKeyPendingDeletionErrorCount, MetricNamespace: CloudTrailLogMetrics, MetricValue: "1" }
              PendingDeletionUseAlarm:
                Type: AWS::CloudWatch::Alarm
                Properties:
                  MetricName: KMSKeyPendingDeletionErrorCount
                  Namespace: CloudTrailLogMetrics
                  Statistic: Sum
                  Period: 300
                  EvaluationPeriods: 1
                  Threshold: 1
                  ComparisonOperator: GreaterThanOrEqualToThreshold
            """;
        workspace.With("infra/keys.yaml", BaseTemplate).With("infra/monitoring.yaml", monitoring);
        Repository.CommitAll("base");
        workspace.With("infra/keys.yaml", BaseTemplate.Replace("  ScratchKey:", "  TemporaryKey:"));
        Repository.CommitAll("rename the scratch key");

        var (_, watched, _) = CliRunner.Run(workspace.Path, "scan", "infra", "--diff-base", "HEAD~1", "--changed-only");
        File.Delete(Path.Combine(workspace.Path, "infra/monitoring.yaml"));
        var (_, unwatched, _) = CliRunner.Run(workspace.Path, "scan", "infra", "--diff-base", "HEAD~1", "--changed-only");

        Assert.Contains("error KMS015: Key 'ScratchKey'", watched);
        Assert.DoesNotContain("KMS017", watched);
        Assert.Contains("infra/keys.yaml(15,3): warning KMS017: Key 'ScratchKey' is deleted by this change", unwatched);
        Assert.Contains("note KMS017: Key 'PaymentsKey' and 3 other customer managed keys are declared", unwatched);
    }
}
