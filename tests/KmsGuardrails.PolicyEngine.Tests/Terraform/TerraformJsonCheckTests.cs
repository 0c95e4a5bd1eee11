using System;
using System.IO;
using System.Linq;
using KmsGuardrails.PolicyEngine.Scanning;

namespace KmsGuardrails.PolicyEngine.Tests.Terraform;

/// <summary>The IaC rules on Terraform JSON configuration, with exact positions.</summary>
public sealed class TerraformJsonCheckTests
{
    private static ScanResult Scan(string fixture) =>
        new InfrastructureScanner().ScanFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "terraform", fixture), fixture);

    private static string[] Found(ScanResult result) =>
        result.Findings.Select(f => $"{f.Position.Line}:{f.Position.Column} {f.Rule.Id} {f.Subject}{(f.IsSuppressed ? " suppressed" : string.Empty)}").ToArray();

    [Fact]
    public void Every_rule_on_a_realistic_configuration()
    {
        var result = Scan("kms.tf.json");

        Assert.Equal(InputKind.TerraformJson, result.Kind);
        Assert.Empty(result.Problems);
        Assert.Equal(
            new[]
            {
                "3:63 KMS001 aws_kms_key.primary",
                "11:7 KMS014 aws_kms_key.primary",
                "13:25 KMS004 aws_kms_key.primary",
                "19:37 KMS003 aws_kms_key.partner",
                "22:43 KMS014 aws_kms_key.partner",
                "30:7 KMS014 aws_kms_key.scratch suppressed",
                "39:36 KMS001 aws_kms_replica_key.primary_eu",
                "47:21 KMS005 aws_kms_external_key.hsm",
            },
            Found(result));
    }

    [Fact]
    public void Messages_name_the_resource_address_and_the_reason()
    {
        var findings = Scan("kms.tf.json").Findings;

        Assert.Equal(
            "Key 'aws_kms_key.primary' is not retained: it has no lifecycle { prevent_destroy = true }, so destroying it or its module schedules its deletion",
            findings.Single(f => f.Rule.Id == "KMS014" && f.Subject == "aws_kms_key.primary").Message);
        Assert.Equal("throwaway key of the sandbox account", findings.Single(f => f.IsSuppressed).Suppression!.Reason);
    }

    [Fact]
    public void A_configuration_without_KMS_keys_is_read_and_silent()
    {
        var result = new InfrastructureScanner().ScanText("s3.tf.json", """{ "resource": { "aws_s3_bucket": { "logs": { "bucket": "logs" } } } }""");

        Assert.Equal(InputKind.TerraformJson, result.Kind);
        Assert.Empty(result.Findings);
        Assert.Empty(result.Problems);
    }
}
