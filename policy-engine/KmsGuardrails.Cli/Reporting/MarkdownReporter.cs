using System.IO;
using System.Linq;

namespace KmsGuardrails.Cli.Reporting;

/// <summary>A Markdown summary (a pull-request comment or a job summary): counts, then a table of findings linking to the rule pages.</summary>
internal sealed class MarkdownReporter : IReporter
{
    public void Write(ScanReport report, TextWriter output)
    {
        var suppressed = report.Findings.Count(f => f.IsSuppressed);
        output.WriteLine("## kms-guardrails");
        output.WriteLine();
        output.WriteLine($"{report.FilesScanned} file(s) scanned: **{report.Count(Severity.Error)} error(s)**, {report.Count(Severity.Warning)} warning(s), {report.Count(Severity.Note)} note(s)"
            + (suppressed > 0 ? $", {suppressed} suppressed" : string.Empty)
            + (report.Problems.Count > 0 ? $", {report.Problems.Count} input problem(s)" : string.Empty) + ".");
        output.WriteLine();
        if (report.Active.Any())
        {
            output.WriteLine("| Severity | Rule | Location | Message |");
            output.WriteLine("|---|---|---|---|");
            foreach (var finding in report.Active)
            {
                output.WriteLine($"| {Severities.Name(report.SeverityOf(finding))} | [{finding.Rule.Id}]({finding.Rule.HelpLink}) {Cell(finding.Rule.Title)} | `{Cell(finding.File)}` line {finding.Position.Line} | {Cell(finding.Message)} |");
            }

            output.WriteLine();
        }

        if (report.Problems.Count > 0)
        {
            output.WriteLine("| Input problem | Location |");
            output.WriteLine("|---|---|");
            foreach (var problem in report.Problems)
            {
                output.WriteLine($"| {(problem.IsError ? "error" : "warning")}: {Cell(problem.Message)} | `{Cell(problem.File)}` line {problem.Position.Line} |");
            }

            output.WriteLine();
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");
}
