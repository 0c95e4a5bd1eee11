using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace KmsGuardrails.Bench.Cli;

/// <summary>
/// cfn-lint, run once per corpus over every template (its own recursive globs), so its start-up
/// is paid once, as ours is. A pyenv shim is resolved to the real script so the shim's own start-up
/// is not counted against it.
/// </summary>
internal sealed class CfnLint
{
    private CfnLint(string executable, string version)
    {
        Executable = executable;
        Version = version;
    }

    public string Executable { get; }

    public string Version { get; }

    /// <summary>cfn-lint, or null when it is not installed.</summary>
    public static CfnLint? Locate()
    {
        var executable = Capture("pyenv", "which", "cfn-lint") ?? FindOnPath("cfn-lint");
        if (executable is null || !File.Exists(executable))
        {
            return null;
        }

        var version = Capture(executable, "--version") ?? "unknown version";
        return new CfnLint(executable, version.Replace("cfn-lint", string.Empty, StringComparison.Ordinal).Trim());
    }

    /// <summary>Lints every template under <paramref name="folder"/>; throws if one does not parse or one is missed.</summary>
    public ProcessMeasurement Lint(string folder, int expectedTemplates)
    {
        var listed = Capture(Executable, new[] { "--list-templates", "--" }.Concat(Globs(folder)).ToArray())?.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length ?? 0;
        if (listed != expectedTemplates)
        {
            throw new InvalidOperationException($"cfn-lint would lint {listed} of the {expectedTemplates} templates in {folder}");
        }

        var run = TimedProcess.Run(Executable, new[] { "--format", "parseable", "--" }.Concat(Globs(folder)), folder);
        var parseErrors = run.StandardOutput.Split('\n').Count(line => line.Contains(":E0000:", StringComparison.Ordinal));
        if (parseErrors > 0)
        {
            throw new InvalidOperationException($"cfn-lint could not parse {parseErrors} templates in {folder}");
        }

        return run;
    }

    /// <summary>An untimed run on one template, so the measured runs start with its modules in the disk cache.</summary>
    public void WarmUp(string template) => TimedProcess.Run(Executable, new[] { "--format", "parseable", "--", template }, Path.GetDirectoryName(template)!);

    /// <summary>Findings in parseable output, one a line.</summary>
    public static int Findings(ProcessMeasurement run) => run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

    private static IEnumerable<string> Globs(string folder) =>
        new[] { Path.Combine(folder, "**", "*.yaml"), Path.Combine(folder, "**", "*.json") };

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    /// <summary>The command's trimmed standard output, or null when it cannot be run or fails.</summary>
    private static string? Capture(string executable, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.GetAwaiter().GetResult().Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
