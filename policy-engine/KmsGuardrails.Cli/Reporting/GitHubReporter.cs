using System;
using System.IO;

namespace KmsGuardrails.Cli.Reporting;

/// <summary>
/// GitHub Actions workflow commands: one <c>::error file=…,line=…,col=…,title=…::message</c>
/// annotation per active finding and input problem, shown on the pull request's diff. When the
/// job has a step summary (<c>GITHUB_STEP_SUMMARY</c>), the Markdown report is appended to it.
/// </summary>
internal sealed class GitHubReporter : IReporter
{
    private readonly string? summaryFile;

    public GitHubReporter(string? summaryFile) => this.summaryFile = summaryFile;

    public void Write(ScanReport report, TextWriter output)
    {
        foreach (var problem in report.Problems)
        {
            output.WriteLine(Annotation(problem.IsError ? "error" : "warning", problem.File, problem.Position.Line, problem.Position.Column, "kms-guardrails: bad input", problem.Message));
        }

        foreach (var finding in report.Active)
        {
            var command = report.SeverityOf(finding) switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
            output.WriteLine(Annotation(command, finding.File, finding.Position.Line, finding.Position.Column, finding.Rule.Id + ": " + finding.Rule.Title, finding.Message));
        }

        if (!string.IsNullOrEmpty(summaryFile))
        {
            using var summary = new StreamWriter(summaryFile, append: true);
            new MarkdownReporter().Write(report, summary);
        }
    }

    private static string Annotation(string command, string file, int line, int column, string title, string message) =>
        $"::{command} file={Property(file.Replace('\\', '/'))},line={line},col={column},title={Property(title)}::{Data(message)}";

    /// <summary>The escaping of the runner's command parser (toolkit/core's escapeData and escapeProperty).</summary>
    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
