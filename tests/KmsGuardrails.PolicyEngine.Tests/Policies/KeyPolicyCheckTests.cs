using System;
using System.IO;
using System.Linq;
using KmsGuardrails.PolicyEngine.Scanning;

namespace KmsGuardrails.PolicyEngine.Tests.Policies;

/// <summary>KMS011–KMS013 and KMS016 on every surface that carries a key policy, with exact positions.</summary>
public sealed class KeyPolicyCheckTests
{
    private static ScanResult Scan(string fixture) =>
        new InfrastructureScanner().ScanFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture), fixture);

    private static string[] Found(ScanResult result) =>
        result.Findings.Select(f => $"{f.Position.Line}:{f.Position.Column} {f.Rule.Id} {f.Subject}{(f.IsSuppressed ? " suppressed" : string.Empty)}").ToArray();

    [Fact]
    public void CloudFormation_policies_written_as_objects_and_strings_with_intrinsics()
    {
        var result = Scan("cloudformation/key-policies.yaml");

        Assert.Empty(result.Problems);
        Assert.Equal(
            new[]
            {
                "82:39 KMS016 ExportsKey",
                "94:21 KMS011 ExportsKey",
                "98:24 KMS013 ExportsKey",
                "117:18 KMS012 ExportsReplica",
                "124:57 KMS016 LedgerKey",
            },
            Found(result));
    }

    [Fact]
    public void CloudFormation_messages_name_the_statement_and_the_condition()
    {
        var findings = Scan("cloudformation/key-policies.yaml").Findings;

        Assert.Equal(
            "Key policy 'ExportsReplica': statement 'Root' can schedule deletion of the key, but kms:CancelKeyDeletion is denied by statement 'NoCancel'",
            findings.Single(f => f.Rule.Id == "KMS012").Message);
        Assert.Equal(
            "Key 'LedgerKey': BypassPolicyLockoutSafetyCheck is enabled, so a policy that locks everyone out of the key is accepted (when HasAuditors is true)",
            findings.Single(f => f.Subject == "LedgerKey").Message);
    }

    [Fact]
    public void The_console_policy_a_narrowed_wildcard_and_a_deny_wildcard_stay_silent()
    {
        var findings = Scan("cloudformation/key-policies.yaml").Findings;

        Assert.DoesNotContain(findings, f => f.Subject == "OrdersKey");
        Assert.DoesNotContain(findings, f => f.Message.Contains("Partner account by condition", StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_policies_are_positioned_input_problems()
    {
        var result = Scan("cloudformation/malformed-policy.json");

        Assert.Empty(result.Findings);
        Assert.Equal(
            new[]
            {
                "(11,40) key policy of 'BrokenKey': Effect must be \"Allow\" or \"Deny\"",
                "(20,22) key policy of 'BrokenStringKey', at line 1, column 76 of the policy string: a trailing comma before '}'",
            },
            result.Problems.Select(p => p.Position + " " + p.Message));
        Assert.All(result.Problems, p => Assert.True(p.IsError));
    }

    [Fact]
    public void Terraform_policy_documents_literal_json_and_key_policy_resources()
    {
        var result = Scan("terraform/key-policies.tf.json");

        Assert.Empty(result.Problems);
        Assert.Equal(
            new[]
            {
                "27:27 KMS013 aws_kms_key.shared",
                "59:19 KMS013 aws_kms_key.encoded",
                "66:47 KMS016 aws_kms_key_policy.locked",
                "67:19 KMS012 aws_kms_key_policy.locked",
                "72:47 KMS016 aws_kms_key_policy.reviewed suppressed",
            },
            Found(result));
    }

    [Fact]
    public void Terraform_interpolations_that_cannot_be_evaluated_stay_unknown_and_silent()
    {
        var findings = Scan("terraform/key-policies.tf.json").Findings;

        Assert.DoesNotContain(findings, f => f.Subject is "aws_kms_key.merged" or "aws_kms_key.sessions");
    }

    [Fact]
    public void Terraform_plans_check_the_planned_policy_and_setting()
    {
        var result = Scan("terraform/key-policy-plan.json");

        Assert.Equal(InputKind.TerraformPlan, result.Kind);
        Assert.Equal(new[] { "15:125 KMS013 aws_kms_key_policy.exports", "40:58 KMS016 aws_kms_key.orders" }, Found(result));
    }

    [Fact]
    public void Standalone_key_policy_files_are_recognised_and_checked_at_exact_positions()
    {
        var result = Scan("policies/open-key-policy.json");

        Assert.Equal(InputKind.KeyPolicy, result.Kind);
        Assert.Equal(new[] { "16:17 KMS011 policies/open-key-policy.json", "22:20 KMS013 policies/open-key-policy.json" }, Found(result));
    }

    [Fact]
    public void Command_input_files_carry_the_lockout_setting()
    {
        var result = Scan("policies/put-key-policy.json");

        Assert.Equal(InputKind.KeyPolicy, result.Kind);
        Assert.Equal(new[] { "5:37 KMS016 1234abcd-12ab-34cd-56ef-1234567890ab" }, Found(result));
    }

    [Fact]
    public void The_default_policy_is_silent()
    {
        var result = Scan("policies/default-key-policy.json");

        Assert.Equal(InputKind.KeyPolicy, result.Kind);
        Assert.Empty(result.Findings);
        Assert.Empty(result.Problems);
    }

    [Theory]
    [InlineData("policies/role-policy.json")]
    [InlineData("policies/bucket-policy.json")]
    public void Identity_and_other_resource_policies_are_not_key_policies(string fixture)
    {
        var result = Scan(fixture);

        Assert.Equal(InputKind.Other, result.Kind);
        Assert.Empty(result.Findings);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void A_malformed_key_policy_file_is_an_input_problem()
    {
        var problem = Assert.Single(Scan("policies/malformed-key-policy.json").Problems);

        Assert.Equal("(4,17) key policy of 'policies/malformed-key-policy.json': Effect must be \"Allow\" or \"Deny\"", problem.Position + " " + problem.Message);
    }

    [Fact]
    public void Parameters_whose_defaults_refer_to_themselves_leave_the_policy_unknown()
    {
        // CloudFormation rejects intrinsics in a default; a template that has them must still end, not recurse without end.
        const string template = """
            Parameters:
              Self:
                Type: String
                Default: { Ref: Self }
              Doubling:
                Type: String
                Default: { "Fn::Join": ["", [{ Ref: Doubling }, { Ref: Doubling }]] }
            Resources:
              SelfKey:
                Type: AWS::KMS::Key
                DeletionPolicy: Retain
                UpdateReplacePolicy: Retain
                Properties:
                  KeyPolicy: { Ref: Self }
              DoublingKey:
                Type: AWS::KMS::Key
                DeletionPolicy: Retain
                UpdateReplacePolicy: Retain
                Properties:
                  KeyPolicy:
                    Version: "2012-10-17"
                    Statement:
                      - Effect: Allow
                        Principal: { AWS: { Ref: Doubling } }
                        Action: "kms:*"
            """;

        var result = new InfrastructureScanner().ScanText("self-reference.yaml", template);

        Assert.Equal(InputKind.CloudFormation, result.Kind);
        Assert.Empty(result.Problems);
        Assert.Empty(result.Findings);
    }
}
