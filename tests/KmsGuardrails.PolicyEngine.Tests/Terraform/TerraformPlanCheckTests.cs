using System;
using System.IO;
using System.Linq;
using KmsGuardrails.PolicyEngine.Scanning;

namespace KmsGuardrails.PolicyEngine.Tests.Terraform;

/// <summary>The rules on Terraform plans: KMS015 for destroy and replace, KMS006 for key stores, the rest on planned values.</summary>
public sealed class TerraformPlanCheckTests
{
    private static ScanResult Scan() =>
        new InfrastructureScanner().ScanFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "terraform", "plan.json"), "plan.json");

    [Fact]
    public void Destroy_replace_and_planned_values()
    {
        var result = Scan();

        Assert.Equal(InputKind.TerraformPlan, result.Kind);
        Assert.Empty(result.Problems);
        Assert.Equal(
            new[]
            {
                "13:20 KMS015 aws_kms_key.primary",
                "27:20 KMS015 aws_kms_key.legacy",
                "39:20 KMS015 aws_kms_key.logs",
                "53:47 KMS001 aws_kms_key.reports",
                "72:30 KMS006 aws_kms_custom_key_store.hsm",
            },
            result.Findings.Select(f => $"{f.Position.Line}:{f.Position.Column} {f.Rule.Id} {f.Subject}"));
    }

    [Fact]
    public void KMS015_messages_say_what_the_plan_does_and_why()
    {
        var messages = Scan().Findings.Where(f => f.Rule.Id == "KMS015").ToDictionary(f => f.Subject, f => f.Message);

        Assert.Equal(
            "Key 'aws_kms_key.primary': this plan replaces it because key_usage, customer_master_key_spec change: it destroys it and creates a new key; the old key is scheduled for deletion and destroyed after 30 days",
            messages["aws_kms_key.primary"]);
        Assert.Equal("Key 'aws_kms_key.legacy': this plan destroys it, which schedules its deletion after 7 days", messages["aws_kms_key.legacy"]);
        Assert.Contains("(replace_because_cannot_update): it creates the new key first and then destroys the old one", messages["aws_kms_key.logs"]);
    }
}
