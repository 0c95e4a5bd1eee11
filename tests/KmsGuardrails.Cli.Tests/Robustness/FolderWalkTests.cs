using System;
using System.IO;
using System.Linq;
using System.Runtime.Versioning;

namespace KmsGuardrails.Cli.Tests.Robustness;

/// <summary>
/// Folders with symbolic-link loops, a FIFO, unreadable entries and odd names: the walk ends, says what
/// it skipped and why, names everything relative to the scanned root, and scans everything else.
/// </summary>
public sealed class FolderWalkTests : IDisposable
{
    private const string Finding = "KMS001: Key 'Key': a deletion waiting period of 3 days is outside 7 to 30 days, so KMS rejects the request";

    private readonly Workspace workspace = new Workspace().With("infra/keys.yaml", Fixtures.ShortWindow);

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows())
        {
            UnixFiles.MakeReadable(workspace.Path);
        }

        workspace.Dispose();
    }

    [UnixFact]
    public void Symbolic_link_loops_end_the_walk_with_a_warning_and_the_rest_is_scanned()
    {
        Directory.CreateSymbolicLink(Path.Combine(workspace.Path, "infra/self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(workspace.Path, "infra/up"), "..");
        Directory.CreateDirectory(Path.Combine(workspace.Path, "infra/nested/deeper"));
        Directory.CreateSymbolicLink(Path.Combine(workspace.Path, "infra/nested/deeper/top"), "../../..");
        File.CreateSymbolicLink(Path.Combine(workspace.Path, "infra/itself.json"), "itself.json");
        File.CreateSymbolicLink(Path.Combine(workspace.Path, "infra/ping.yaml"), "pong.yaml");
        File.CreateSymbolicLink(Path.Combine(workspace.Path, "infra/pong.yaml"), "ping.yaml");

        var (exit, output, error) = CliRunner.Run(workspace.Path, "scan", "infra");

        Assert.True(exit == 2, output + error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        foreach (var loop in new[] { "infra/nested/deeper/top", "infra/self", "infra/up" })
        {
            Assert.Contains($"{loop}(1,1): warning: not followed: a symbolic link that loops back to a folder containing it", lines);
        }

        foreach (var file in new[] { "itself.json", "ping.yaml", "pong.yaml" })
        {
            Assert.Contains($"infra/{file}(1,1): error: the file cannot be read: Too many levels of symbolic links in 'infra/{file}'.", lines);
        }

        Assert.Contains("infra/keys.yaml(6,28): error " + Finding, lines);
        Assert.DoesNotContain(workspace.Path, output);
    }

    [UnixFact]
    [UnsupportedOSPlatform("windows")]
    public void A_fifo_and_a_broken_link_do_not_hang_the_scan()
    {
        UnixFiles.CreateFifo(Path.Combine(workspace.Path, "infra/pipe.json"));
        File.CreateSymbolicLink(Path.Combine(workspace.Path, "infra/to-pipe.yaml"), "pipe.json");
        File.CreateSymbolicLink(Path.Combine(workspace.Path, "infra/broken.yaml"), "missing.yaml");

        var (exit, output, error) = CliRunner.Run(workspace.Path, "scan", "infra");

        Assert.True(exit == 2, output + error);
        Assert.Contains("infra/broken.yaml(1,1): error: the file cannot be read: it does not exist (a broken symbolic link?)", output);
        Assert.Contains("infra/keys.yaml(6,28): error " + Finding, output);
        Assert.Contains("4 file(s) scanned", output);
    }

    [UnixFact(needsPermissions: true)]
    [UnsupportedOSPlatform("windows")]
    public void Unreadable_files_and_folders_are_problems_and_the_rest_is_scanned()
    {
        workspace.With("infra/locked.yaml", Fixtures.NotRetained).With("infra/private/keys.yaml", Fixtures.ShortWindow);
        UnixFiles.MakeUnreadable(Path.Combine(workspace.Path, "infra/locked.yaml"));
        UnixFiles.MakeUnreadable(Path.Combine(workspace.Path, "infra/private"));

        var (exit, output, error) = CliRunner.Run(workspace.Path, "scan", "infra");

        Assert.True(exit == 2, output + error);
        Assert.Contains("infra/locked.yaml(1,1): error: the file cannot be read: permission denied", output);
        Assert.Contains("infra/private(1,1): error: the folder cannot be read: permission denied", output);
        Assert.Contains("infra/keys.yaml(6,28): error " + Finding, output);
    }

    [Fact]
    public void Paths_are_relative_to_the_scanned_root_even_in_folders_named_like_parents()
    {
        workspace.With("infra/..data/keys.yaml", Fixtures.ShortWindow);

        var (_, output, _) = CliRunner.Run(workspace.Path, "scan", Path.Combine(workspace.Path, "infra"));

        Assert.Contains("infra/..data/keys.yaml(6,28): error " + Finding, output);
        Assert.Contains("infra/keys.yaml(6,28): error " + Finding, output);
        Assert.DoesNotContain(workspace.Path, output);
    }
}
