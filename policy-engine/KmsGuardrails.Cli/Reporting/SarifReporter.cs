using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using KmsGuardrails.Cli.Baselines;
using KmsGuardrails.PolicyEngine.Findings;
using KmsGuardrails.Rules.Catalog;

namespace KmsGuardrails.Cli.Reporting;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning reads it: the catalog as <c>tool.driver.rules</c> (with
/// help, tags and security-severity), results with relative URIs under the <c>SRCROOT</c> base,
/// stable partial fingerprints, suppressed findings with their suppression, and input problems as
/// tool execution notifications.
/// </summary>
internal sealed class SarifReporter : IReporter
{
    public const string RootBaseId = "SRCROOT";
    public const string FingerprintName = "kmsGuardrails/v1";

    private readonly string root;

    /// <param name="root">The folder the report's paths are relative to (the scanned root).</param>
    public SarifReporter(string root) => this.root = root;

    public void Write(ScanReport report, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, report);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(RootBaseId);
            json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + "/").AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            WriteInvocation(json, report);
            json.WriteStartArray("results");
            foreach (var finding in report.Findings)
            {
                WriteResult(json, report, finding);
            }

            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteTool(Utf8JsonWriter json, ScanReport report)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "kms-guardrails");
        json.WriteString("version", ToolVersion.Current);
        json.WriteString("semanticVersion", ToolVersion.Current);
        json.WriteString("informationUri", RuleCatalog.DocsBaseUrl.Replace("/blob/main/rules/docs/", string.Empty, StringComparison.Ordinal));
        json.WriteStartArray("rules");
        foreach (var rule in RuleCatalog.All)
        {
            var level = Level(report.SeverityOverrides.TryGetValue(rule.Id, out var configured) ? configured : Severities.Of(rule.DefaultSeverity));
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", string.Concat(rule.Title.Split(' ', '-').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1))));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Description);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpLink);
            json.WriteStartObject("help");
            json.WriteString("text", rule.Description + " See " + rule.HelpLink);
            json.WriteString("markdown", $"{rule.Description}\n\n[{rule.Id}: {rule.Title}]({rule.HelpLink})");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", level == "none" ? "note" : level);
            json.WriteBoolean("enabled", level != "none");
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteStartArray("tags");
            json.WriteStringValue(rule.Category.ToLowerInvariant());
            json.WriteStringValue("aws-kms");
            json.WriteEndArray();
            json.WriteString("precision", "high");
            json.WriteString("security-severity", rule.DefaultSeverity switch { RuleSeverity.Error => "8.0", RuleSeverity.Warning => "5.0", _ => "2.0" });
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, ScanReport report)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !report.HasInputErrors);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var problem in report.Problems)
        {
            json.WriteStartObject();
            json.WriteString("level", problem.IsError ? "error" : "warning");
            json.WriteStartObject("message");
            json.WriteString("text", problem.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            WriteLocation(json, problem.File, problem.Position.Line, problem.Position.Column, null);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, ScanReport report, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Rule.Id);
        json.WriteNumber("ruleIndex", RuleCatalog.All.ToList().IndexOf(finding.Rule));
        json.WriteString("level", Level(report.SeverityOf(finding)));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        WriteLocation(json, finding.File, finding.Position.Line, finding.Position.Column, finding.Subject);
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintName, Fingerprints.Of(finding));
        json.WriteEndObject();
        if (finding.Suppression is { } suppression)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", suppression.Kind == SuppressionKind.InSource ? "inSource" : "external");
            json.WriteString("status", "accepted");
            json.WriteString("justification", suppression.Reason);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        json.WriteString("evidence", finding.Evidence);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, string file, int line, int column, string? subject)
    {
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", RelativeUri(file));
        json.WriteString("uriBaseId", RootBaseId);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", Math.Max(1, line));
        json.WriteNumber("startColumn", Math.Max(1, column));
        json.WriteEndObject();
        json.WriteEndObject();
        if (subject is not null)
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("name", subject);
            json.WriteString("kind", "resource");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>"infra/my keys.yaml" → "infra/my%20keys.yaml": a relative URI reference.</summary>
    private static string RelativeUri(string file) =>
        string.Join("/", file.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Note => "note",
        _ => "none",
    };
}
