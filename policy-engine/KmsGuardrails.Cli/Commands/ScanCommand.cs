using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using KmsGuardrails.Cli.Reporting;

namespace KmsGuardrails.Cli.Commands;

/// <summary><c>kms-guardrails scan [PATH…]</c>.</summary>
internal static class ScanCommand
{
    public static Command Create()
    {
        var options = new ScanOptionSet();
        var format = new Option<string>("--format", "-f") { Description = "Format written to standard output.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Reporters.Formats);
        var outputs = new Option<string[]>("--output", "-o") { Description = "Also write a report to a file, as FORMAT=PATH (repeatable), e.g. sarif=results.sarif.", AllowMultipleArgumentsPerToken = true };
        var failOn = new Option<string>("--fail-on") { Description = "Lowest severity that makes the exit code 1.", DefaultValueFactory = _ => "warning" };
        failOn.AcceptOnlyFromAmong("error", "warning", "note", "none");
        var baseline = new Option<string?>("--baseline") { Description = "Findings recorded by 'kms-guardrails baseline create' are reported as suppressed." };
        var importSarif = new Option<string[]>("--import-sarif") { Description = "Merge the KmsGuardrails results of the C# compiler's SARIF logs (a file or a folder of them; repeatable) into the report.", AllowMultipleArgumentsPerToken = true };

        var command = new Command("scan", "Scan CloudFormation and Terraform files, plans and key policies.") { format, outputs, failOn, baseline, importSarif };
        options.AddTo(command);
        command.SetAction(result =>
        {
            if (!options.IsValid(result) || ParseOutputs(result.GetValue(outputs)) is not { } files)
            {
                return ExitCodes.BadInput;
            }

            var root = Directory.GetCurrentDirectory();
            var report = ScanPipeline.Run(options.Request(result) with { BaselineFile = result.GetValue(baseline), CompilerLogs = result.GetValue(importSarif) ?? Array.Empty<string>() }, root);
            Reporters.Create(result.GetValue(format)!, root, toTerminal: !Console.IsOutputRedirected).Write(report, Console.Out);
            foreach (var (outputFormat, path) in files)
            {
                using var writer = new StreamWriter(Path.GetFullPath(path, root));
                Reporters.Create(outputFormat, root, toTerminal: false).Write(report, writer);
            }

            return ExitCode(report, result.GetValue(failOn)!);
        });
        return command;
    }

    /// <summary>FORMAT=PATH pairs; null (after saying why) when one is malformed.</summary>
    private static List<(string Format, string Path)>? ParseOutputs(string[]? values)
    {
        var outputs = new List<(string, string)>();
        foreach (var value in values ?? Array.Empty<string>())
        {
            var equals = value.IndexOf('=');
            var format = equals > 0 ? value.Substring(0, equals) : string.Empty;
            if (!Reporters.Formats.Contains(format) || equals == value.Length - 1)
            {
                Console.Error.WriteLine($"--output expects FORMAT=PATH with FORMAT one of {string.Join(", ", Reporters.Formats)}; got '{value}'");
                return null;
            }

            outputs.Add((format, value.Substring(equals + 1)));
        }

        return outputs;
    }

    private static int ExitCode(ScanReport report, string failOn)
    {
        if (report.HasInputErrors)
        {
            return ExitCodes.BadInput;
        }

        var threshold = failOn switch { "error" => Severity.Error, "warning" => Severity.Warning, "note" => Severity.Note, _ => Severity.None };
        return threshold != Severity.None && report.Active.Any(f => report.SeverityOf(f) >= threshold) ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
