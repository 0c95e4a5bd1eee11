using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace KmsGuardrails.Cli.Tests.Robustness;

/// <summary>
/// A folder where most files are broken or hostile: each one is a positioned problem of its own, the
/// scan ends, and the good files' findings are all there, named relative to the scanned root.
/// </summary>
public sealed class BadInputAmongGoodTests : IDisposable
{
    private readonly Workspace workspace = new Workspace()
        .With("infra/a-keys.yaml", Fixtures.ShortWindow)
        .With("infra/m-policy.json", Fixtures.OpenPolicy)
        .With("infra/z-scratch.yaml", Fixtures.NotRetained)
        .With("infra/bad/truncated.json", "{ \"Resources\": { \"K\": { \"Type\": \"AWS::KMS::Key\"")
        .With("infra/bad/deep.json", new string('[', 100_000) + new string(']', 100_000))
        .With("infra/bad/deep.yaml", string.Concat(Enumerable.Repeat("- ", 100_000)) + "x\n")
        .With("infra/bad/bomb.yaml", "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 9).Select(i => $"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(", ", Enumerable.Repeat($"*{(char)('a' + i - 1)}", 10))}]\n")))
        .With("infra/bad/tabs.yaml", Fixtures.ShortWindow.Replace("    ", "\t"))
        .With("infra/bad/twice.yaml", Fixtures.ShortWindow + "Resources: {}\n");

    public BadInputAmongGoodTests()
    {
        File.WriteAllBytes(Path.Combine(workspace.Path, "infra/bad/binary.json"), new byte[] { (byte)'{', 0, (byte)'}' });
        File.WriteAllBytes(Path.Combine(workspace.Path, "infra/bad/latin1.yaml"), Encoding.Latin1.GetBytes("Description: caf\u00e9\n"));
        File.WriteAllBytes(Path.Combine(workspace.Path, "infra/bad/windows.yaml"), Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Fixtures.ShortWindow)).ToArray());

        // Over the 64 MB limit by its size alone; a sparse file keeps the test fast.
        using var big = File.Create(Path.Combine(workspace.Path, "infra/bad/big.json"));
        big.SetLength(100L * 1024 * 1024);
    }

    public void Dispose() => workspace.Dispose();

    [Fact]
    public void Every_bad_file_is_a_positioned_problem_and_every_good_finding_is_still_reported()
    {
        var (exit, output, error) = CliRunner.Run(workspace.Path, "scan", "infra");

        Assert.True(exit == 2, output + error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        foreach (var bad in new[] { "binary.json", "big.json", "bomb.yaml", "deep.json", "deep.yaml", "latin1.yaml", "tabs.yaml", "truncated.json", "twice.yaml", "windows.yaml" })
        {
            Assert.Single(lines, l => l.StartsWith($"infra/bad/{bad}(", StringComparison.Ordinal) && l.Contains("): error: ", StringComparison.Ordinal));
        }

        Assert.Contains("infra/a-keys.yaml(6,28): error KMS001: Key 'Key': a deletion waiting period of 3 days is outside 7 to 30 days, so KMS rejects the request", lines);
        Assert.Contains(lines, l => l.StartsWith("infra/m-policy.json(3,", StringComparison.Ordinal) && l.Contains(" KMS013: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("infra/z-scratch.yaml(2,3): note KMS014: ", StringComparison.Ordinal));
        Assert.Contains("infra/a-keys.yaml(2,3): note KMS017: Key 'Key' and 1 other customer managed key are declared, but no CloudWatch alarm watches CloudTrail for attempted use of keys pending deletion; add a metric filter on \"is pending deletion\" errors with an alarm, or set pending_deletion_alarm_elsewhere if the alarm lives in another account or repository", lines);
        Assert.Equal("13 file(s) scanned: 2 error(s), 0 warning(s), 2 note(s), 10 input problem(s)", lines[^1]);
    }

    [Fact]
    public void Every_path_in_the_json_report_is_relative_to_the_scanned_root()
    {
        var (_, output, _) = CliRunner.Run(workspace.Path, "scan", Path.Combine(workspace.Path, "infra"), "--format", "json");

        using var report = JsonDocument.Parse(output);
        var files = report.RootElement.GetProperty("findings").EnumerateArray().Concat(report.RootElement.GetProperty("problems").EnumerateArray())
            .Select(entry => entry.GetProperty("file").GetString()!)
            .ToList();
        Assert.Equal(14, files.Count);
        Assert.All(files, file => Assert.Matches("^infra/[^/]", file));
        Assert.DoesNotContain(workspace.Path, output);
    }
}
