using System.IO;
using System.Linq;

namespace KmsGuardrails.Cli.Reporting;

/// <summary>
/// Compiler-style lines, <c>path(line,col): error KMS001: message</c>, that editors and CI logs
/// link to the source, then a summary. Colour only when writing to a terminal.
/// </summary>
internal sealed class TextReporter : IReporter
{
    private readonly bool color;

    public TextReporter(bool color) => this.color = color;

    public void Write(ScanReport report, TextWriter output)
    {
        foreach (var problem in report.Problems)
        {
            output.WriteLine($"{problem.File}({problem.Position.Line},{problem.Position.Column}): {Paint(problem.IsError ? "error" : "warning", problem.IsError ? Severity.Error : Severity.Warning)}: {problem.Message}");
        }

        foreach (var finding in report.Active)
        {
            var severity = report.SeverityOf(finding);
            output.WriteLine($"{finding.File}({finding.Position.Line},{finding.Position.Column}): {Paint(Severities.Name(severity), severity)} {finding.Rule.Id}: {finding.Message}");
        }

        var suppressed = report.Findings.Count(f => f.IsSuppressed);
        output.WriteLine(
            $"{report.FilesScanned} file(s) scanned: {report.Count(Severity.Error)} error(s), {report.Count(Severity.Warning)} warning(s), {report.Count(Severity.Note)} note(s)"
            + (suppressed > 0 ? $", {suppressed} suppressed" : string.Empty)
            + (report.Problems.Count > 0 ? $", {report.Problems.Count} input problem(s)" : string.Empty));
    }

    private string Paint(string text, Severity severity)
    {
        if (!color)
        {
            return text;
        }

        var code = severity switch { Severity.Error => "31", Severity.Warning => "33", _ => "36" };
        return $"\u001b[{code}m{text}\u001b[0m";
    }
}
