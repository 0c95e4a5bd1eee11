using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using KmsGuardrails.Rules.Catalog;

namespace KmsGuardrails.Cli.Tests;

/// <summary>The scan command end to end: paths, formats, exit codes and bad input.</summary>
public sealed class ScanCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "kms-cli-" + Guid.NewGuid().ToString("N")[..8]);

    public ScanCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "infra", "legacy"));
        File.WriteAllText(Path.Combine(folder, "infra", "keys.yaml"), "Resources:\n  Key:\n    Type: AWS::KMS::Key\n    DeletionPolicy: Retain\n    Properties:\n      PendingWindowInDays: 3\n");
        File.WriteAllText(Path.Combine(folder, "infra", "legacy", "old.yaml"), "Resources:\n  Old:\n    Type: AWS::KMS::Key\n    DeletionPolicy: Retain\n    Properties:\n      PendingWindowInDays: 45\n");
        File.WriteAllText(Path.Combine(folder, "infra", "package.json"), "{ \"name\": \"not-a-template\" }");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Text_output_is_compiler_style_with_relative_paths_and_a_summary()
    {
        var (exit, output, _) = CliRunner.Run(folder, "scan", "infra");

        Assert.Equal(1, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.StartsWith("infra/keys.yaml(2,3): note KMS017: Key 'Key' and 1 other customer managed key are declared, but no CloudWatch alarm watches CloudTrail", lines[0]);
        Assert.Equal("infra/keys.yaml(6,28): error KMS001: Key 'Key': a deletion waiting period of 3 days is outside 7 to 30 days, so KMS rejects the request", lines[1]);
        Assert.StartsWith("infra/legacy/old.yaml(6,28): error KMS001:", lines[2]);
        Assert.Equal("3 file(s) scanned: 2 error(s), 0 warning(s), 1 note(s)", lines[^1]);
    }

    [Fact]
    public void Excluded_paths_are_not_scanned()
    {
        var (exit, output, _) = CliRunner.Run(folder, "scan", "infra", "--exclude", "legacy/**");

        Assert.Equal(1, exit);
        Assert.DoesNotContain("legacy", output);
        Assert.Contains("2 file(s) scanned", output);
    }

    [Fact]
    public void Fail_on_none_exits_zero_with_findings()
    {
        Assert.Equal(0, CliRunner.Run(folder, "scan", "infra", "--fail-on", "none").ExitCode);
    }

    [Fact]
    public void Json_output_follows_schema_version_1()
    {
        var (exit, output, _) = CliRunner.Run(folder, "scan", "infra", "--format", "json");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("1", root.GetProperty("schemaVersion").GetString());
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal("KMS017", findings[0].GetProperty("ruleId").GetString());
        Assert.Equal("note", findings[0].GetProperty("severity").GetString());
        var first = findings[1];
        Assert.Equal("KMS001", first.GetProperty("ruleId").GetString());
        Assert.Equal("infra/keys.yaml", first.GetProperty("file").GetString());
        Assert.Equal(6, first.GetProperty("line").GetInt32());
        Assert.Equal(28, first.GetProperty("column").GetInt32());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal(2, root.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Bad_input_is_reported_with_its_position_and_exits_2_while_the_rest_is_scanned()
    {
        File.WriteAllText(Path.Combine(folder, "infra", "broken.json"), "{ \"Resources\": { \"K\": ");

        var (exit, output, _) = CliRunner.Run(folder, "scan", "infra");

        Assert.Equal(2, exit);
        Assert.Contains("infra/broken.json(1,", output);
        Assert.Contains("infra/keys.yaml(6,28): error KMS001", output);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, CliRunner.Run(folder, "scan", "--format", "xml").ExitCode);
        Assert.Equal(2, CliRunner.Run(folder, "scan", "--min-pending-window-days", "3").ExitCode);
        Assert.Equal(2, CliRunner.Run(folder, "scan", "no-such-folder").ExitCode);
    }

    [Fact]
    public void Rules_lists_the_catalog()
    {
        var (exit, output, _) = CliRunner.Run(folder, "rules");

        Assert.Equal(0, exit);
        Assert.Equal(RuleCatalog.All.Count + 1, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // a header, then a rule a line
        Assert.Contains("KMS015  error    IaC", output);
    }
}
