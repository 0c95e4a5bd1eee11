using System;
using System.IO;
using System.Linq;
using KmsGuardrails.PolicyEngine.Scanning;
using KmsGuardrails.Rules.Policy;

namespace KmsGuardrails.PolicyEngine.Tests.Policies;

/// <summary>
/// KMS011's second case on every surface the policy engine reads: an explicit key policy in which
/// no principal other than a wildcard may both schedule and cancel deletion, beside policies that
/// let the account root or an administrators' role do both.
/// </summary>
public sealed class Kms011NoDeletionAdministratorsTests
{
    private const string NoOne = "no principal may both schedule and cancel deletion: kms:ScheduleKeyDeletion is allowed to no one and kms:CancelKeyDeletion to no one";

    private static string Fixture(string path) => Path.Combine(AppContext.BaseDirectory, "Fixtures", path);

    private static string[] Found(ScanResult result) =>
        result.Findings.Select(f => $"{f.Position.Line}:{f.Position.Column} {f.Rule.Id} {f.Subject}: {f.Message}").ToArray();

    [Fact]
    public void Terraform_HCL_policy_documents_and_key_policy_resources()
    {
        var root = Fixture("hcl");
        var files = Directory.EnumerateFiles(Fixture("hcl/deletion-administrators"), "*.tf").Select(f => new SourceFile(f, Path.GetRelativePath(root, f))).ToList();

        var result = Assert.Single(new InfrastructureScanner().ScanTerraform(files, f => Path.GetRelativePath(root, f)).Results);

        Assert.Empty(result.Problems);
        Assert.Equal(
            new[]
            {
                $"14:15 KMS011 aws_kms_key.ledger: Key policy 'aws_kms_key.ledger': {NoOne}",
                "58:23 KMS011 aws_kms_key_policy.exports: Key policy 'aws_kms_key_policy.exports': no principal may both schedule and cancel deletion: kms:ScheduleKeyDeletion is allowed to arn:aws:iam::111122223333:role/Cleanup (statement 'Cleanup') and kms:CancelKeyDeletion to arn:aws:iam::111122223333:role/Oncall (statement 'Oncall')",
            },
            Found(result));
    }

    [Fact]
    public void Terraform_JSON_policies_as_literal_strings_and_jsonencode()
    {
        var result = new InfrastructureScanner().ScanFile(Fixture("terraform/deletion-administrators.tf.json"), "deletion-administrators.tf.json");

        Assert.Equal(new[] { $"7:19 KMS011 aws_kms_key.audit: Key policy 'aws_kms_key.audit': {NoOne}" }, Found(result));
    }

    [Fact]
    public void Terraform_plans_check_the_planned_policy()
    {
        var result = new InfrastructureScanner().ScanFile(Fixture("terraform/deletion-administrators-plan.json"), "plan.json");

        Assert.Equal(InputKind.TerraformPlan, result.Kind);
        Assert.Equal(new[] { $"15:125 KMS011 aws_kms_key_policy.audit: Key policy 'aws_kms_key_policy.audit': {NoOne}" }, Found(result));
    }

    [Fact]
    public void CloudFormation_only_in_the_branch_of_the_condition_that_locks_deletion()
    {
        var result = new InfrastructureScanner().ScanFile(Fixture("cloudformation/deletion-administrators.yaml"), "deletion-administrators.yaml");

        Assert.Empty(result.Problems);
        Assert.Equal(new[] { $"28:23 KMS011 ReportsKey: Key policy 'ReportsKey': {NoOne} (when DeletionLocked is true)" }, Found(result));
    }

    [Fact]
    public void Standalone_key_policy_files_at_the_administrators_statement()
    {
        var result = new InfrastructureScanner().ScanFile(Fixture("policies/no-deletion-administrators.json"), "policy.json");

        Assert.Equal(new[] { $"9:17 KMS011 policy.json: Key policy 'policy.json': {NoOne}" }, Found(result));
    }

    [Theory]
    [InlineData("policies/no-deletion-administrators.json")]
    [InlineData("cloudformation/deletion-administrators.yaml")]
    [InlineData("terraform/deletion-administrators.tf.json")]
    [InlineData("terraform/deletion-administrators-plan.json")]
    public void The_option_turns_the_second_case_off_for_keys_locked_on_purpose(string fixture)
    {
        var scanner = new InfrastructureScanner(new ScanOptions { Policy = new KeyPolicyOptions { RequireDeletionAdministrators = false } });

        Assert.Empty(scanner.ScanFile(Fixture(fixture), fixture).Findings);
    }
}
