using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.Json;
using Json.Schema;
using KmsGuardrails.Rules.Catalog;

namespace KmsGuardrails.Cli.Tests;

/// <summary>SARIF, GitHub annotations and Markdown, to standard output and to files.</summary>
public sealed class ReportFormatTests : IDisposable
{
    private readonly Workspace workspace = new Workspace()
        .With("infra/keys.yaml", Fixtures.ShortWindow)
        .With("infra/scratch stack.yaml", Fixtures.NotRetained)
        .With("policies/open.json", Fixtures.OpenPolicy)
        .With("infra/suppressed.yaml", "Resources:\n  Tmp:\n    Type: AWS::KMS::Key\n    Metadata:\n      kms-guardrails:\n        ignore:\n          - id: KMS014\n            reason: test stack\n    Properties: {}\n")
        .With("infra/broken.yaml", "Resources:\n  Key: [unclosed\n");

    public void Dispose() => workspace.Dispose();

    [Fact]
    public void Sarif_has_the_catalog_relative_uris_fingerprints_and_suppressions()
    {
        var (exit, output, _) = CliRunner.Run(workspace.Path, "scan", ".", "--format", "sarif");

        Assert.Equal(2, exit);
        var run = JsonNode.Parse(output)!["runs"]![0]!;
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.Equal(RuleCatalog.All.Count, rules.Count);
        var kms001 = rules.Single(r => (string?)r!["id"] == "KMS001")!;
        Assert.Equal("8.0", (string?)kms001["properties"]!["security-severity"]);
        var results = run["results"]!.AsArray();
        var shortWindow = results.Single(r => (string?)r!["ruleId"] == "KMS001")!;
        Assert.Equal(rules.IndexOf(kms001), (int)shortWindow["ruleIndex"]!);
        Assert.Equal("error", (string?)shortWindow["level"]);
        var location = shortWindow["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("infra/keys.yaml", (string?)location["artifactLocation"]!["uri"]);
        Assert.Equal("SRCROOT", (string?)location["artifactLocation"]!["uriBaseId"]);
        Assert.Equal((6, 28), ((int)location["region"]!["startLine"]!, (int)location["region"]!["startColumn"]!));
        Assert.Matches("^[0-9a-f]{32}$", (string?)shortWindow["partialFingerprints"]!["kmsGuardrails/v1"]);
        Assert.Contains(results, r => (string?)r!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"] == "infra/scratch%20stack.yaml");
        var suppressed = results.Single(r => r!["suppressions"] is not null)!;
        Assert.Equal("inSource", (string?)suppressed["suppressions"]![0]!["kind"]);
        Assert.Equal("test stack", (string?)suppressed["suppressions"]![0]!["justification"]);
        var notification = run["invocations"]![0]!["toolExecutionNotifications"]![0]!;
        Assert.Equal("error", (string?)notification["level"]);
        Assert.False((bool)run["invocations"]![0]!["executionSuccessful"]!);
    }

    [Fact]
    public void Fingerprints_do_not_change_when_lines_move()
    {
        string Fingerprint() => (string)JsonNode.Parse(CliRunner.Run(workspace.Path, "scan", "infra/keys.yaml", "--format", "sarif").Output)!["runs"]![0]!["results"]![0]!["partialFingerprints"]!["kmsGuardrails/v1"]!;
        var before = Fingerprint();
        workspace.With("infra/keys.yaml", "# a comment that moves everything down\n\n" + Fixtures.ShortWindow);

        Assert.Equal(before, Fingerprint());
    }

    [SarifMultitoolFact]
    public void Every_sarif_report_is_valid_against_the_schema_and_the_multitool()
    {
        var schema = JsonSchema.FromFile(SarifMultitool.Schema);
        foreach (var arguments in new[] { new[] { "scan", "." }, new[] { "scan", "infra/keys.yaml" }, new[] { "scan", "nothing-here" } })
        {
            var (_, output, _) = CliRunner.Run(workspace.Path, arguments.Concat(new[] { "--format", "sarif" }).ToArray());
            var evaluation = schema.Evaluate(JsonNode.Parse(output), new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(evaluation.IsValid, string.Join("\n", evaluation.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value))));

            var sarif = Path.Combine(workspace.Path, "report.sarif");
            var validation = Path.Combine(workspace.Path, "validation.sarif");
            File.WriteAllText(sarif, output);
            var start = new ProcessStartInfo(SarifMultitool.Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "validate", sarif, "-o", validation, "--log", "ForceOverwrite", "-j", SarifMultitool.Schema, "--level", "Error;Warning;Note" })
            {
                start.ArgumentList.Add(argument);
            }

            using (var process = Process.Start(start)!)
            {
                var log = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, log);
            }

            var problems = JsonNode.Parse(File.ReadAllText(validation))!["runs"]![0]!["results"]!.AsArray()
                .Where(r => (string?)r!["level"] is "error" or "warning")
                .Select(r => (string?)r!["ruleId"] + " " + r!["message"]!.ToJsonString())
                .ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }

    [Fact]
    public void GitHub_annotations_are_escaped_workflow_commands_and_the_summary_goes_to_the_step_summary()
    {
        var summary = Path.Combine(workspace.Path, "summary.md");
        var (_, output, _) = CliRunner.RunWithEnvironment(workspace.Path, ("GITHUB_STEP_SUMMARY", summary), "scan", "infra/keys.yaml", "infra/scratch stack.yaml", "--format", "github");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("::error file=infra/keys.yaml,line=6,col=28,title=KMS001%3A Deletion waiting period outside 7 to 30 days::Key 'Key': a deletion waiting period of 3 days is outside 7 to 30 days, so KMS rejects the request", lines);
        Assert.Contains(lines, l => l.StartsWith("::notice file=infra/scratch stack.yaml,line=2,col=3,title=KMS014%3A", StringComparison.Ordinal));
        var markdown = File.ReadAllText(summary);
        Assert.Contains("| error | [KMS001](https://github.com/kms-guardrails/kms-guardrails/blob/main/rules/docs/KMS001.md) Deletion waiting period outside 7 to 30 days | `infra/keys.yaml` line 6 |", markdown);
    }

    [Fact]
    public void Several_outputs_are_written_at_once()
    {
        var (exit, output, _) = CliRunner.Run(workspace.Path, "scan", "infra/keys.yaml", "-o", "sarif=report.sarif", "--output", "markdown=summary.md", "-o", "json=report.json");

        Assert.Equal(1, exit);
        Assert.Contains("infra/keys.yaml(6,28): error KMS001", output);
        Assert.Equal("2.1.0", (string?)JsonNode.Parse(workspace.Read("report.sarif"))!["version"]);
        Assert.StartsWith("## kms-guardrails", workspace.Read("summary.md"));
        Assert.Equal(
            new[] { "KMS017", "KMS001" },
            JsonDocument.Parse(workspace.Read("report.json")).RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()));
    }

    [Fact]
    public void A_malformed_output_is_a_usage_error()
    {
        var (exit, _, error) = CliRunner.Run(workspace.Path, "scan", "infra/keys.yaml", "-o", "pdf=report.pdf");

        Assert.Equal(2, exit);
        Assert.Contains("--output expects FORMAT=PATH", error);
    }
}
