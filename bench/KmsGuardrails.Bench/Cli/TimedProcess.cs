using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace KmsGuardrails.Bench.Cli;

/// <summary>
/// Runs a command under <c>/usr/bin/time -f "%e %M %U %S"</c>, which reports the process's wall
/// clock, peak RSS (KB) and user and system CPU seconds, including any child processes it waited for.
/// </summary>
internal static class TimedProcess
{
    private const string TimeTool = "/usr/bin/time";

    public static ProcessMeasurement Run(string executable, IEnumerable<string> arguments, string workingDirectory)
    {
        if (!File.Exists(TimeTool))
        {
            throw new InvalidOperationException($"{TimeTool} is needed to measure peak memory (Debian package 'time')");
        }

        var timeReport = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo(TimeTool)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "-f", "%e %M %U %S", "-o", timeReport, executable }.Concat(arguments))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
            // Both streams are drained concurrently so neither pipe can fill up and stall the process.
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            var errorText = error.GetAwaiter().GetResult();
            if (process.ExitCode is 126 or 127)
            {
                throw new InvalidOperationException($"could not run {executable}: {errorText}");
            }

            return Parse(File.ReadAllLines(timeReport), process.ExitCode, output.GetAwaiter().GetResult());
        }
        finally
        {
            File.Delete(timeReport);
        }
    }

    private static ProcessMeasurement Parse(string[] report, int exitCode, string standardOutput)
    {
        // A failing command adds a "Command exited with non-zero status N" line before the figures.
        var figures = report.Last(line => line.Length > 0).Split(' ');
        double Number(int index) => double.Parse(figures[index], CultureInfo.InvariantCulture);
        return new ProcessMeasurement(Number(0), (long)Number(1), Number(2) + Number(3), exitCode, standardOutput);
    }
}
