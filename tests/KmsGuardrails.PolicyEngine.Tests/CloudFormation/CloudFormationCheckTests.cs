using System;
using System.IO;
using System.Linq;
using KmsGuardrails.PolicyEngine.Scanning;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.PolicyEngine.Tests.CloudFormation;

/// <summary>Every IaC rule on CloudFormation templates, with exact positions, on realistic fixtures.</summary>
public sealed class CloudFormationCheckTests
{
    private static ScanResult Scan(string fixture, int minimumWindow = 7)
    {
        var scanner = new InfrastructureScanner(new ScanOptions { Lifecycle = new LifecycleOptions { MinimumPendingWindowDays = minimumWindow } });
        return scanner.ScanFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "cloudformation", fixture), fixture);
    }

    private static string[] Found(ScanResult result) =>
        result.Findings.Select(f => $"{f.Position.Line}:{f.Position.Column} {f.Rule.Id} {f.Subject}{(f.IsSuppressed ? " suppressed" : string.Empty)}").ToArray();

    [Fact]
    public void KMS001_through_parameters_conditions_and_mappings()
    {
        var result = Scan("data-lake-keys.yaml");

        Assert.Equal(InputKind.CloudFormation, result.Kind);
        Assert.Empty(result.Problems);
        Assert.Equal(
            new[]
            {
                "11:14 KMS001 RawZoneKey",
                "14:24 KMS001 ScratchKey",
                "35:45 KMS001 CuratedZoneKey",
                "40:28 KMS001 ArchiveKey",
                "45:28 KMS001 ReportsKey",
            },
            Found(result));
    }

    [Fact]
    public void KMS001_messages_name_the_condition_of_the_branch()
    {
        var finding = Scan("data-lake-keys.yaml").Findings.Single(f => f.Subject == "CuratedZoneKey");

        Assert.Equal("Key 'CuratedZoneKey': a deletion waiting period of 3 days is outside 7 to 30 days, so KMS rejects the request (when IsProd is false)", finding.Message);
    }

    [Fact]
    public void KMS002_against_the_configured_minimum()
    {
        var result = Scan("retained-keys.json", minimumWindow: 14);

        Assert.Equal(new[] { "27:96 KMS002 SigningKey" }, Found(result).Where(f => f.Contains("KMS002")));
    }

    [Fact]
    public void Retained_symmetric_keys_with_valid_windows_stay_silent()
    {
        var result = Scan("retained-keys.json");

        Assert.Empty(result.Problems);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void KMS003_KMS004_KMS014_on_keys_the_stack_can_delete()
    {
        var result = Scan("deletable-keys.json");

        Assert.Equal(
            new[]
            {
                "5:5 KMS014 PartnerEncryptionKey",
                "8:20 KMS003 PartnerEncryptionKey",
                "15:25 KMS014 GlobalKey",
                "16:38 KMS004 GlobalKey",
                "18:5 KMS014 GlobalKeyEu",
                "23:22 KMS011 GlobalKeyEu",
                "26:5 KMS014 SigningKey",
            },
            Found(result));
    }

    [Fact]
    public void KMS014_messages_say_why_the_key_is_not_retained()
    {
        var findings = Scan("deletable-keys.json").Findings.Where(f => f.Rule.Id == "KMS014").ToDictionary(f => f.Subject, f => f.Message);

        Assert.Equal("Key 'GlobalKey' is not retained: its DeletionPolicy is Delete, so CloudFormation schedules its deletion", findings["GlobalKey"]);
        Assert.Equal("Key 'GlobalKeyEu' is not retained: it has no UpdateReplacePolicy, so CloudFormation schedules its deletion when the resource is replaced", findings["GlobalKeyEu"]);
    }

    [Fact]
    public void Suppressions_with_a_reason_apply_and_those_without_are_reported()
    {
        var result = Scan("suppressed.yaml");

        Assert.Equal(new[] { "3:3 KMS014 TestFixtureKey suppressed", "12:3 KMS014 CarelessKey" }, Found(result));
        Assert.Equal("ephemeral key of the integration-test stack", result.Findings[0].Suppression!.Reason);
        var problem = Assert.Single(result.Problems);
        Assert.False(problem.IsError);
        Assert.Equal((17, 13), (problem.Position.Line, problem.Position.Column));
        Assert.Contains("gives no reason", problem.Message);
    }

    [Theory]
    [InlineData("Resources:\n  K:\n    Type: AWS::KMS::Key\n    Properties:\n      PendingWindowInDays: !Bogus 3\n", 5, 28, "unknown tag !Bogus")]
    [InlineData("Resources:\n  K:\n    Type: AWS::KMS::Key\n    Type: AWS::KMS::Key\n", 4, 5, "duplicate key 'Type'")]
    [InlineData("{ \"Resources\": { \"K\": { \"Type\": \"AWS::KMS::Key\", } } }", 1, 50, "trailing comma")]
    [InlineData("{ \"Resources\": { 'K': { } } }", 1, 18, "property names must be in double quotes")]
    [InlineData("{ \"Resources\": { } // note\n}", 1, 20, "comments are not allowed")]
    public void Bad_templates_give_positioned_problems(string text, int line, int column, string message)
    {
        var result = new InfrastructureScanner().ScanText("bad.template", text);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((line, column), (problem.Position.Line, problem.Position.Column));
        Assert.Contains(message, problem.Message);
    }
}
