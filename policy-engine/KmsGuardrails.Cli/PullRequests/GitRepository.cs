using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace KmsGuardrails.Cli.PullRequests;

/// <summary>
/// The few git questions pull-request mode asks, answered by the local git executable: which
/// files changed since a commit, and what a file held at that commit. Arguments are passed as a
/// list (never through a shell), names are NUL-separated (-z) so no path is ever misread, and
/// nothing talks to a remote.
/// </summary>
internal sealed class GitRepository
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private GitRepository(string topLevel) => TopLevel = topLevel;

    /// <summary>The working tree's root folder; git paths are relative to it.</summary>
    public string TopLevel { get; }

    /// <summary>The repository that holds <paramref name="folder"/>, or why there is none.</summary>
    public static (GitRepository? Repository, string? Error) Open(string folder)
    {
        var (code, output, error) = Run(folder, "rev-parse", "--show-toplevel");
        return code == 0
            ? (new GitRepository(Path.GetFullPath(Encoding.UTF8.GetString(output).Trim())), null)
            : (null, $"'{folder}' is not in a git working tree: {error}");
    }

    /// <summary>The full commit id <paramref name="reference"/> names, or why it names none.</summary>
    public (string? Commit, string? Error) ResolveCommit(string reference)
    {
        var (code, output, error) = Run(TopLevel, "rev-parse", "--verify", "--end-of-options", reference + "^{commit}");
        return code == 0
            ? (Encoding.UTF8.GetString(output).Trim(), null)
            : (null, $"'{reference}' is not a commit in this repository{(error.Length > 0 ? ": " + error : string.Empty)} (in a shallow clone, fetch the base commit first)");
    }

    /// <summary>The files that differ between <paramref name="commit"/> and the working tree, renames detected where git can, plus untracked files.</summary>
    public (IReadOnlyList<GitChange> Changes, string? Error) ChangesSince(string commit)
    {
        var (code, output, error) = Diff(commit, "-M");
        if (code != 0)
        {
            // Rename detection compares contents, which a partial clone may not have for the base (and
            // is not allowed to fetch): compare without it, so a renamed file shows as deleted and added
            // and its unreadable base is reported for that file alone.
            (code, output, error) = Diff(commit, "--no-renames");
        }

        if (code != 0)
        {
            return (Array.Empty<GitChange>(), "git diff failed: " + error);
        }

        var changes = new List<GitChange>();
        var fields = Split(output);
        for (var i = 0; i < fields.Count; i++)
        {
            var status = fields[i];
            if (status.Length == 0)
            {
                continue;
            }

            if (status[0] is 'R' or 'C' && i + 2 < fields.Count)
            {
                changes.Add(new GitChange(status[0], fields[i + 1], fields[i + 2]));
                i += 2;
            }
            else if (i + 1 < fields.Count)
            {
                var path = fields[i + 1];
                changes.Add(status[0] switch
                {
                    'A' => new GitChange('A', null, path),
                    'D' => new GitChange('D', path, null),
                    _ => new GitChange(status[0], path, path),
                });
                i += 1;
            }
        }

        var (untrackedCode, untracked, _) = Run(TopLevel, "ls-files", "--others", "--exclude-standard", "-z");
        if (untrackedCode == 0)
        {
            changes.AddRange(Split(untracked).Where(p => p.Length > 0).Select(p => new GitChange('A', null, p)));
        }

        return (changes, null);
    }

    private (int Code, byte[] Output, string Error) Diff(string commit, string renames) =>
        Run(TopLevel, "diff", "--no-ext-diff", "--no-textconv", "--name-status", "-z", renames, commit, "--");

    /// <summary>The bytes of <paramref name="path"/> at <paramref name="commit"/>, or why they cannot be read.</summary>
    public (byte[]? Bytes, string? Error) Show(string commit, string path)
    {
        var (code, output, error) = Run(TopLevel, "show", "--no-textconv", $"{commit}:{path}");
        return code == 0 ? (output, null) : (null, error.Length > 0 ? error : $"git show ended with exit code {code}");
    }

    public string FullPath(string gitPath) => Path.GetFullPath(Path.Combine(TopLevel, gitPath));

    private static List<string> Split(byte[] output) => Encoding.UTF8.GetString(output).Split('\0').ToList();

    private static (int Code, byte[] Output, string Error) Run(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        // No transport: in a partial clone, git would fetch a missing base blob from the remote; the
        // scan stays offline and says the base could not be read instead (also GIT_ALLOW_PROTOCOL below).
        foreach (var setting in new[] { "core.quotepath=off", "protocol.allow=never" })
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(setting);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Never ask for credentials or open an editor: this runs unattended in CI.
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        start.Environment["GIT_NO_LAZY_FETCH"] = "1";
        start.Environment["GIT_ALLOW_PROTOCOL"] = "none"; // a list of allowed protocols naming none: overrides any protocol.<name>.allow
        try
        {
            using var process = Process.Start(start)!;
            process.StandardInput.Close();
            using var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit((int)Timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                return (-1, Array.Empty<byte>(), $"git {arguments[0]} did not finish within {Timeout.TotalMinutes} minutes");
            }

            Task.WaitAll(copy, error);
            return (process.ExitCode, output.ToArray(), FirstLine(error.Result, folder));
        }
        catch (Exception failure) when (failure is Win32Exception or InvalidOperationException or IOException)
        {
            return (-1, Array.Empty<byte>(), "git could not be run: " + failure.Message);
        }
    }

    /// <summary>The first line of git's message, with the folder it ran in left out: reports name no absolute paths.</summary>
    private static string FirstLine(string error, string folder) =>
        (error.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0) ?? string.Empty)
            .Replace(folder + "/", string.Empty).Replace(folder, ".");
}
