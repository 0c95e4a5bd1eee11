using System;
using System.CommandLine;
using System.IO;
using KmsGuardrails.Cli.Inputs;
using KmsGuardrails.Cli.Reporting;
using KmsGuardrails.PolicyEngine.Scanning;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.Cli.Commands;

/// <summary><c>kms-guardrails scan [PATH…]</c>.</summary>
internal static class ScanCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.ZeroOrMore, Description = "Files and folders to scan (default: the current folder)." };
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var failOn = new Option<string>("--fail-on") { Description = "Lowest severity that makes the exit code 1.", DefaultValueFactory = _ => "warning" };
        failOn.AcceptOnlyFromAmong("error", "warning", "note", "none");
        var exclude = new Option<string[]>("--exclude") { Description = "Glob of paths to leave out (repeatable), e.g. 'test/**'.", AllowMultipleArgumentsPerToken = true };
        var minimumWindow = new Option<int?>("--min-pending-window-days") { Description = "The organisation's minimum deletion waiting period, 7 to 30 (KMS002)." };

        var command = new Command("scan", "Scan CloudFormation and Terraform files, plans and key policies.") { paths, format, failOn, exclude, minimumWindow };
        command.SetAction(result =>
        {
            var minimum = result.GetValue(minimumWindow);
            if (minimum is < PendingWindow.MinimumDays or > PendingWindow.MaximumDays)
            {
                Console.Error.WriteLine($"--min-pending-window-days must be between {PendingWindow.MinimumDays} and {PendingWindow.MaximumDays}");
                return ExitCodes.BadInput;
            }

            var targets = result.GetValue(paths) is { Length: > 0 } given ? given : new[] { "." };
            var root = Directory.GetCurrentDirectory();
            var (files, walkProblems) = InputFiles.Find(targets, root, result.GetValue(exclude) ?? Array.Empty<string>());
            var options = new ScanOptions { Lifecycle = new LifecycleOptions { MinimumPendingWindowDays = minimum ?? PendingWindow.MinimumDays } };
            var report = Scanner.Run(files, walkProblems, options);

            IReporter reporter = result.GetValue(format) == "json" ? new JsonReporter() : new TextReporter(color: !Console.IsOutputRedirected);
            reporter.Write(report, Console.Out);
            return ExitCode(report, result.GetValue(failOn)!);
        });
        return command;
    }

    private static int ExitCode(ScanReport report, string failOn)
    {
        if (report.HasInputErrors)
        {
            return ExitCodes.BadInput;
        }

        var threshold = failOn switch { "error" => Severity.Error, "warning" => Severity.Warning, "note" => Severity.Note, _ => Severity.None };
        foreach (var finding in report.Active)
        {
            if (threshold != Severity.None && ScanReport.SeverityOf(finding) >= threshold)
            {
                return ExitCodes.Findings;
            }
        }

        return ExitCodes.Clean;
    }
}
