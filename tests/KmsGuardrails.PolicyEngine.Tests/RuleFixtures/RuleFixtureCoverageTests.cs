using System;
using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.PolicyEngine.Scanning;
using KmsGuardrails.Rules.Catalog;

namespace KmsGuardrails.PolicyEngine.Tests.RuleFixtures;

/// <summary>
/// Every surface a rule claims outside C# has fixtures: a rule of templates has a bad and a good
/// CloudFormation case and a bad and a good Terraform case (configuration or plan); a rule of key
/// policies has a bad and a good key-policy file. (The C# surface is checked against the analyzer
/// tests, in the analyzer test project.)
/// </summary>
public sealed class RuleFixtureCoverageTests
{
    private const string CloudFormation = "CloudFormation";
    private const string Terraform = "Terraform";
    private const string KeyPolicyFile = "key-policy file";

    /// <summary>Formats in which a rule cannot be written at all, and why; every other format of its surfaces needs cases.</summary>
    private static readonly Dictionary<(string Rule, string Format), string> Inexpressible = new()
    {
        [("KMS005", CloudFormation)] = "AWS::KMS::Key cannot import key material, so no expiry can be declared",
        [("KMS006", CloudFormation)] = "CloudFormation has no resource type for custom key stores",
    };

    [Fact]
    public void Every_surface_a_rule_claims_has_bad_and_good_fixtures()
    {
        var scanned = RuleFixtureFolders.Cases().Select(c => (Case: c, Formats: FixtureScanner.Scan(c).Kinds.Select(Format).ToHashSet())).ToList();
        var missing = new List<string>();
        foreach (var rule in RuleCatalog.All)
        {
            var formats = new List<string>();
            if (rule.Covers(RuleSurfaces.Infrastructure))
            {
                formats.AddRange(new[] { CloudFormation, Terraform }.Where(f => !Inexpressible.ContainsKey((rule.Id, f))));
            }

            if (rule.Covers(RuleSurfaces.KeyPolicy))
            {
                formats.Add(KeyPolicyFile);
            }

            var cases = scanned.Where(s => s.Case.RuleId == rule.Id).ToList();
            if (formats.Count == 0 && cases.Count > 0)
            {
                missing.Add($"{rule.Id} has fixtures but claims neither templates nor key policies");
            }

            foreach (var format in formats)
            {
                foreach (var bad in new[] { true, false })
                {
                    if (!cases.Any(s => s.Case.IsBad == bad && s.Formats.Contains(format)))
                    {
                        missing.Add($"{rule.Id} claims {(format == KeyPolicyFile ? "key policies" : "templates")} but Fixtures/rules/{rule.Id}/ has no {(bad ? "bad" : "good")} {format} case");
                    }
                }
            }
        }

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    private static string Format(InputKind kind) => kind switch
    {
        InputKind.CloudFormation => CloudFormation,
        InputKind.TerraformHcl or InputKind.TerraformJson or InputKind.TerraformPlan => Terraform,
        InputKind.KeyPolicy => KeyPolicyFile,
        _ => kind.ToString(),
    };
}
