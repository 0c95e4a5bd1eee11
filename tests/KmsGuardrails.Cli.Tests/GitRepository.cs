using System;
using System.Diagnostics;
using KmsGuardrails.Tests.Shared;

namespace KmsGuardrails.Cli.Tests;

/// <summary>A git repository in a test's workspace, with a base and a head commit as a pull request has.</summary>
internal sealed class GitRepository
{
    private readonly string folder;

    private GitRepository(string folder) => this.folder = folder;

    /// <summary>Why tests that need git cannot run here, or null when git is available.</summary>
    public static string? SkipReason { get; } = Probe();

    public static GitRepository Init(string folder)
    {
        var repository = new GitRepository(folder);
        repository.Git("init", "-q", "-b", "main");
        repository.Git("config", "user.email", "tests@example.com");
        repository.Git("config", "user.name", "KmsGuardrails tests");
        repository.Git("config", "commit.gpgsign", "false");
        return repository;
    }

    /// <summary>A repository that exists already, for example a clone.</summary>
    public static GitRepository Open(string folder) => new(folder);

    /// <summary>Commits everything in the working tree and returns the commit id.</summary>
    public string CommitAll(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error}");
    }

    private static string? Probe() =>
        ExternalTool.Find("git") is null ? "git is not on PATH, so pull-request mode cannot be tested here" : null;
}
