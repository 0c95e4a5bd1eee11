using System;
using System.Diagnostics;
using System.IO;

namespace KmsGuardrails.Cli.Tests;

/// <summary>Runs the built kms-guardrails tool as a separate process, as CI would.</summary>
internal static class CliRunner
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "kms-guardrails.dll");

    public static (int ExitCode, string Output, string Error) Run(string workingDirectory, params string[] arguments) =>
        RunWithEnvironment(workingDirectory, null, arguments);

    public static (int ExitCode, string Output, string Error) RunWithEnvironment(string workingDirectory, (string Name, string Value)? variable, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // A test controls the step summary itself; the CI job's own must not leak in.
        start.Environment.Remove("GITHUB_STEP_SUMMARY");
        if (variable is { } set)
        {
            start.Environment[set.Name] = set.Value;
        }

        start.ArgumentList.Add(Tool);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("kms-guardrails did not finish in 2 minutes");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
