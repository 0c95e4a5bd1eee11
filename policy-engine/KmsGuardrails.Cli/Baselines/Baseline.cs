using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Findings;
using KmsGuardrails.Rules;

namespace KmsGuardrails.Cli.Baselines;

/// <summary>
/// The findings a team has accepted, by fingerprint (<c>kms-guardrails baseline create</c>); with
/// <c>--baseline</c> they are reported as suppressed and only new findings fail the run.
/// </summary>
internal sealed class Baseline
{
    public const int FormatVersion = 1;

    private readonly HashSet<string> fingerprints;

    private Baseline(string file, IEnumerable<string> fingerprints)
    {
        File = file;
        this.fingerprints = new HashSet<string>(fingerprints, StringComparer.Ordinal);
    }

    public string File { get; }

    public bool Contains(Finding finding) => fingerprints.Contains(Fingerprints.Of(finding));

    public static (Baseline? Baseline, InputProblem? Problem) Load(string path, string displayPath)
    {
        try
        {
            using var document = JsonDocument.Parse(System.IO.File.ReadAllText(path));
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != FormatVersion
                || !document.RootElement.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                return (null, Problem(displayPath, $"not a kms-guardrails baseline of version {FormatVersion} (an object with \"version\": {FormatVersion} and \"findings\")"));
            }

            var prints = findings.EnumerateArray()
                .Select(f => f.ValueKind == JsonValueKind.Object && f.TryGetProperty("fingerprint", out var print) && print.ValueKind == JsonValueKind.String ? print.GetString() : null)
                .ToList();
            return prints.Any(p => p is null)
                ? (null, Problem(displayPath, "every baseline entry needs a \"fingerprint\" string"))
                : (new Baseline(displayPath, prints!), null);
        }
        catch (JsonException error)
        {
            return (null, new InputProblem(displayPath, new SourcePosition((int)(error.LineNumber ?? 0) + 1, (int)(error.BytePositionInLine ?? 0) + 1), "the baseline is not valid JSON: " + error.Message));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return (null, Problem(displayPath, "cannot read the baseline: " + error.Message));
        }
    }

    public static void Write(IEnumerable<Finding> findings, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WriteString("tool", "kms-guardrails");
            json.WriteStartArray("findings");
            foreach (var finding in findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Rule.Id, StringComparer.Ordinal).ThenBy(f => f.Subject, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("ruleId", finding.Rule.Id);
                json.WriteString("file", finding.File);
                json.WriteString("subject", finding.Subject);
                json.WriteString("fingerprint", Fingerprints.Of(finding));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static InputProblem Problem(string file, string message) => new(file, new SourcePosition(1, 1), message);
}
