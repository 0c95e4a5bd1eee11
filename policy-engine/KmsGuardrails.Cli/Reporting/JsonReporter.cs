using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace KmsGuardrails.Cli.Reporting;

/// <summary>
/// The JSON report, schema version 1 (documented in docs/json-report.md of the repository):
/// findings, suppressed ones included and marked, input problems and a summary.
/// </summary>
internal sealed class JsonReporter : IReporter
{
    public const string SchemaVersion = "1";

    public void Write(ScanReport report, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("schemaVersion", SchemaVersion);
            json.WriteStartObject("tool");
            json.WriteString("name", "kms-guardrails");
            json.WriteString("version", ToolVersion.Current);
            json.WriteEndObject();

            json.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", finding.Rule.Id);
                json.WriteString("title", finding.Rule.Title);
                json.WriteString("severity", Severities.Name(report.SeverityOf(finding)));
                json.WriteString("message", finding.Message);
                json.WriteString("file", finding.File);
                json.WriteNumber("line", finding.Position.Line);
                json.WriteNumber("column", finding.Position.Column);
                json.WriteString("subject", finding.Subject);
                json.WriteString("evidence", finding.Evidence);
                json.WriteString("helpUri", finding.Rule.HelpLink);
                json.WriteBoolean("suppressed", finding.IsSuppressed);
                if (finding.Suppression is { } suppression)
                {
                    json.WriteStartObject("suppression");
                    json.WriteString("kind", suppression.Kind == KmsGuardrails.PolicyEngine.Findings.SuppressionKind.InSource ? "inSource" : "external");
                    json.WriteString("reason", suppression.Reason);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("problems");
            foreach (var problem in report.Problems)
            {
                json.WriteStartObject();
                json.WriteString("severity", problem.IsError ? "error" : "warning");
                json.WriteString("message", problem.Message);
                json.WriteString("file", problem.File);
                json.WriteNumber("line", problem.Position.Line);
                json.WriteNumber("column", problem.Position.Column);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("filesScanned", report.FilesScanned);
            json.WriteNumber("errors", report.Count(Severity.Error));
            json.WriteNumber("warnings", report.Count(Severity.Warning));
            json.WriteNumber("notes", report.Count(Severity.Note));
            json.WriteNumber("suppressed", report.Findings.Count(f => f.IsSuppressed));
            json.WriteNumber("problems", report.Problems.Count);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
