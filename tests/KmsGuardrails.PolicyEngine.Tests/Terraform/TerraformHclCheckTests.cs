using System;
using System.IO;
using System.Linq;
using KmsGuardrails.PolicyEngine.Findings;
using KmsGuardrails.PolicyEngine.Scanning;

namespace KmsGuardrails.PolicyEngine.Tests.Terraform;

/// <summary>The IaC rules on Terraform HCL, with exact positions, and the same findings as the .tf.json twin of each fixture.</summary>
public sealed class TerraformHclCheckTests
{
    private static string Fixture(string path) => Path.Combine(AppContext.BaseDirectory, "Fixtures", path);

    private static ScanResult Scan(string fixture) => new InfrastructureScanner().ScanFile(Fixture(fixture), fixture);

    /// <summary>Every .tf file of a fixture folder, as the command line tool scans it.</summary>
    private static TerraformScan ScanFolder(string folder, ScanOptions? options = null)
    {
        var root = Fixture("hcl");
        var files = Directory.EnumerateFiles(Fixture(folder), "*.tf", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => new SourceFile(f, Path.GetRelativePath(root, f))).ToList();
        return new InfrastructureScanner(options).ScanTerraform(files, f => Path.GetRelativePath(root, f));
    }

    private static string[] Found(ScanResult result) =>
        result.Findings.Select(f => $"{f.Position.Line}:{f.Position.Column} {f.Rule.Id} {f.Subject}{(f.IsSuppressed ? " suppressed" : string.Empty)}").ToArray();

    /// <summary>What a finding says, without where: the two syntaxes lay the same configuration out differently.</summary>
    private static string[] Said(ScanResult result) =>
        result.Findings.Select(f => $"{f.Rule.Id} {f.Subject} {f.Message}{(f.IsSuppressed ? " suppressed: " + f.Suppression!.Reason : string.Empty)}").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Every_key_rule_on_HCL_at_exact_positions()
    {
        var result = Scan("hcl/kms/main.tf");

        Assert.Equal(InputKind.TerraformHcl, result.Kind);
        Assert.Empty(result.Problems);
        Assert.Equal(
            new[]
            {
                "4:17 KMS001 aws_kms_key.primary",
                "17:24 KMS014 aws_kms_key.primary",
                "19:29 KMS004 aws_kms_key.primary",
                "26:30 KMS003 aws_kms_key.partner",
                "31:23 KMS014 aws_kms_key.partner",
                "43:24 KMS014 aws_kms_key.scratch suppressed",
                "50:29 KMS001 aws_kms_replica_key.primary_eu",
                "59:25 KMS005 aws_kms_external_key.hsm",
            },
            Found(result));
    }

    [Fact]
    public void Every_policy_rule_on_HCL_at_exact_positions()
    {
        var result = Scan("hcl/key-policies/main.tf");

        Assert.Empty(result.Problems);
        Assert.Equal(
            new[]
            {
                "42:5 KMS013 aws_kms_key.shared",
                "90:75 KMS013 aws_kms_key.encoded",
                "98:40 KMS016 aws_kms_key_policy.locked",
                "113:21 KMS012 aws_kms_key_policy.locked",
                "123:40 KMS016 aws_kms_key_policy.reviewed suppressed",
            },
            Found(result));
    }

    [Theory]
    [InlineData("hcl/kms/main.tf", "terraform/kms.tf.json")]
    [InlineData("hcl/key-policies/main.tf", "terraform/key-policies.tf.json")]
    public void HCL_and_its_Terraform_JSON_twin_give_the_same_findings(string hcl, string json)
    {
        var fromHcl = Said(Scan(hcl));

        Assert.NotEmpty(fromHcl);
        Assert.Equal(Said(Scan(json)), fromHcl);
    }

    [Fact]
    public void Local_modules_get_the_callers_arguments_and_findings_point_into_the_module_file()
    {
        var scan = ScanFolder("hcl/modules");

        var result = Assert.Single(scan.Results);
        Assert.Empty(result.Problems);
        Assert.Equal(
            new[]
            {
                "modules/modules/kms/main.tf(8,29) KMS001 module.payments.aws_kms_key.this: a deletion waiting period of 3 days",
                "modules/modules/kms/main.tf(9,29) KMS013 module.logs.aws_kms_key.this: statement 'Janitor'",
                "modules/modules/kms/main.tf(9,29) KMS013 module.payments.aws_kms_key.this: statement 'Janitor'",
            },
            result.Findings.Select(f => $"{f.File}{f.Position} {f.Rule.Id} {f.Subject}: {Reason(f)}").Order(StringComparer.Ordinal));
        var remote = Assert.Single(scan.RemoteModules);
        Assert.Equal(("modules/main.tf", 25, "module.registry", "terraform-aws-modules/kms/aws"), (remote.File, remote.Position.Line, remote.Address, remote.Source));
    }

    [Fact]
    public void Var_files_given_on_the_command_line_win_over_terraform_tfvars_which_wins_over_defaults()
    {
        var options = new ScanOptions { TerraformVariableFiles = new[] { Fixture("hcl/modules/prod.tfvars") } };

        var window = ScanFolder("hcl/modules", options).Results.Single().Findings.Single(f => f.Rule.Id == "KMS001");

        Assert.Contains("45 days", window.Message);
    }

    [Fact]
    public void Count_zero_and_empty_for_each_declare_no_key_and_unknown_instances_stay_silent()
    {
        var result = new InfrastructureScanner().ScanText("main.tf", """
            variable "enabled" {
              default = false
            }
            resource "aws_kms_key" "off" {
              count                   = var.enabled ? 1 : 0
              deletion_window_in_days = 3
            }
            resource "aws_kms_key" "none" {
              for_each                = {}
              deletion_window_in_days = 3
            }
            resource "aws_kms_key" "each" {
              for_each                = var.tenants
              deletion_window_in_days = each.value
              lifecycle { prevent_destroy = true }
            }
            """);

        Assert.Empty(result.Problems);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Arithmetic_templates_conditionals_and_locals_are_evaluated_and_found_where_the_value_is_written()
    {
        var result = new InfrastructureScanner().ScanText("main.tf", """
            locals {
              base  = 2
              usage = "ENCRYPT_${upper("decrypt")}"
              spec  = var.kind == "rsa" ? "RSA_2048" : "SYMMETRIC_DEFAULT"
            }
            variable "kind" { default = "rsa" }
            resource "aws_kms_key" "k" {
              deletion_window_in_days  = local.base * 2
              customer_master_key_spec = local.spec
              key_usage                = local.usage
            }
            """);

        Assert.Equal(new[] { "4:31 KMS003 aws_kms_key.k", "7:24 KMS014 aws_kms_key.k", "8:30 KMS001 aws_kms_key.k" }, Found(result));
    }

    [Fact]
    public void Comment_suppressions_above_or_inside_a_block_apply_to_that_block_only()
    {
        var result = new InfrastructureScanner().ScanText("main.tf", """
            # kms-guardrails:ignore KMS014: sandbox
            resource "aws_kms_key" "a" {}

            resource "aws_kms_key" "b" {
              // kms-guardrails:ignore KMS001: migrated next sprint
              deletion_window_in_days = 3
            }
            """);

        Assert.Equal(new[] { "2:24 KMS014 aws_kms_key.a suppressed", "4:24 KMS014 aws_kms_key.b", "6:29 KMS001 aws_kms_key.b suppressed" }, Found(result));
    }

    private static string Reason(Finding finding) => finding.Rule.Id == "KMS001"
        ? finding.Message.Substring(finding.Message.IndexOf("a deletion", StringComparison.Ordinal), "a deletion waiting period of 3 days".Length)
        : finding.Message.Substring(finding.Message.IndexOf("statement", StringComparison.Ordinal), "statement 'Janitor'".Length);
}
