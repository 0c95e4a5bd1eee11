using System;
using System.IO;
using System.Text.Json;

namespace KmsGuardrails.Bench.Cli;

/// <summary>Our CLI, started the way users start it: <c>dotnet kms-guardrails.dll scan DIR --format json --fail-on none</c>.</summary>
internal sealed class KmsGuardrailsCli
{
    private KmsGuardrailsCli(string assembly) => Assembly = assembly;

    public string Assembly { get; }

    public static KmsGuardrailsCli Locate()
    {
        var assembly = BuildInfo.CliAssembly;
        if (!File.Exists(assembly))
        {
            throw new InvalidOperationException($"{assembly} is missing: build the bench with -c Release, which builds the CLI next to it");
        }

        return new KmsGuardrailsCli(assembly);
    }

    /// <summary>Scans <paramref name="folder"/>; throws unless the report covers every file without an input problem.</summary>
    public ProcessMeasurement Scan(string folder, int expectedFiles)
    {
        var run = TimedProcess.Run("dotnet", new[] { Assembly, "scan", folder, "--format", "json", "--fail-on", "none" }, folder);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"kms-guardrails exited with {run.ExitCode} on {folder}");
        }

        using var report = JsonDocument.Parse(run.StandardOutput);
        var summary = report.RootElement.GetProperty("summary");
        var scanned = summary.GetProperty("filesScanned").GetInt32();
        var problems = summary.GetProperty("problems").GetInt32();
        if (scanned != expectedFiles || problems != 0)
        {
            throw new InvalidOperationException($"kms-guardrails scanned {scanned} of {expectedFiles} files in {folder} with {problems} input problems");
        }

        return run;
    }

    /// <summary>Findings in a report, to show that the scan did its work.</summary>
    public static int Findings(ProcessMeasurement run)
    {
        using var report = JsonDocument.Parse(run.StandardOutput);
        return report.RootElement.GetProperty("findings").GetArrayLength();
    }
}
