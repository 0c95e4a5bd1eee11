using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KmsGuardrails.PolicyEngine.Tests.RuleFixtures;

/// <summary>
/// A case's findings and problems as stable JSON: sorted by file, line, column and rule, indented,
/// with '\n' line ends and readable quotes, so a change in behaviour reads as a small diff.
/// </summary>
internal static class FindingsSnapshot
{
    public static string Render(FixtureScan scan)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("findings");
            var findings = scan.Findings.Distinct()
                .OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Position.Line).ThenBy(f => f.Position.Column)
                .ThenBy(f => f.Rule.Id, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal);
            foreach (var finding in findings)
            {
                json.WriteStartObject();
                json.WriteString("rule", finding.Rule.Id);
                json.WriteString("severity", (finding.Severity ?? finding.Rule.DefaultSeverity).ToString().ToLowerInvariant());
                json.WriteString("file", finding.File);
                json.WriteNumber("line", finding.Position.Line);
                json.WriteNumber("column", finding.Position.Column);
                json.WriteString("subject", finding.Subject);
                json.WriteString("message", finding.Message);
                if (finding.Suppression is { } suppression)
                {
                    json.WriteString("suppressed", suppression.Reason);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("problems");
            var problems = scan.Problems.Distinct()
                .OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Position.Line).ThenBy(p => p.Position.Column).ThenBy(p => p.Message, StringComparer.Ordinal);
            foreach (var problem in problems)
            {
                json.WriteStartObject();
                json.WriteString("severity", problem.IsError ? "error" : "warning");
                json.WriteString("file", problem.File);
                json.WriteNumber("line", problem.Position.Line);
                json.WriteNumber("column", problem.Position.Column);
                json.WriteString("message", problem.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
