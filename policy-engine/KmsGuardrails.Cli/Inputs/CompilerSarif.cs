using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Findings;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Catalog;

namespace KmsGuardrails.Cli.Inputs;

/// <summary>
/// Reads the SARIF logs the C# compiler writes (<c>-p:ErrorLog=file.sarif,version=2.1</c>) and keeps
/// the KmsGuardrails analyzers' results, so C# findings join the IaC ones in one report, one set of
/// annotations and one exit code. Results of other analyzers are left to their own tools; the same
/// result from several target frameworks is kept once; a result the code suppresses (#pragma,
/// SuppressMessage) stays suppressed.
/// </summary>
internal static class CompilerSarif
{
    /// <param name="path">A .sarif file, or a folder whose .sarif files are all read.</param>
    public static (IReadOnlyList<Finding> Findings, IReadOnlyList<InputProblem> Problems) Read(string path, string root)
    {
        var full = Path.GetFullPath(path, root);
        var files = Directory.Exists(full) ? Directory.GetFiles(full, "*.sarif", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToArray()
            : File.Exists(full) ? new[] { full }
            : Array.Empty<string>();
        if (files.Length == 0)
        {
            return (Array.Empty<Finding>(), new[] { new InputProblem(path, new SourcePosition(1, 1), "no SARIF log found here (the C# build wrote none?)") });
        }

        var findings = new List<Finding>();
        var problems = new List<InputProblem>();
        foreach (var file in files)
        {
            var display = InputFiles.Display(file, root);
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(file), new JsonDocumentOptions { MaxDepth = 128 });
                findings.AddRange(Results(document.RootElement, root));
            }
            catch (Exception error) when (error is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException or KeyNotFoundException or FormatException)
            {
                problems.Add(new InputProblem(display, new SourcePosition(1, 1), "not a readable SARIF 2.1 log: " + error.Message));
            }
        }

        var unique = findings.GroupBy(f => (f.Rule.Id, f.File, f.Position, f.Message)).Select(g => g.First()).ToList();
        return (unique, problems);
    }

    private static IEnumerable<Finding> Results(JsonElement log, string root)
    {
        foreach (var run in Items(log, "runs"))
        {
            foreach (var result in Items(run, "results"))
            {
                if (!result.TryGetProperty("ruleId", out var id) || RuleCatalog.Find(id.GetString() ?? string.Empty) is not { } rule)
                {
                    continue;
                }

                var location = Items(result, "locations").Select(l => l.TryGetProperty("physicalLocation", out var p) ? p : default).FirstOrDefault(p => p.ValueKind == JsonValueKind.Object);
                if (location.ValueKind != JsonValueKind.Object || !location.TryGetProperty("artifactLocation", out var artifact) || !artifact.TryGetProperty("uri", out var uri))
                {
                    continue;
                }

                var region = location.TryGetProperty("region", out var r) ? r : default;
                var position = new SourcePosition(Number(region, "startLine"), Number(region, "startColumn"));
                var message = result.TryGetProperty("message", out var m) && m.TryGetProperty("text", out var text) ? text.GetString() ?? rule.Title : rule.Title;
                var finding = new Finding(rule, InputFiles.Display(LocalPath(uri.GetString() ?? string.Empty, root), root), position, string.Empty, message, "reported by the C# compiler");
                yield return Items(result, "suppressions").Any()
                    ? finding with { Suppression = new FindingSuppression(SuppressionKind.InSource, "suppressed in source (#pragma or SuppressMessage)") }
                    : finding;
            }
        }
    }

    private static IEnumerable<JsonElement> Items(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray()
            : Enumerable.Empty<JsonElement>();

    private static int Number(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.TryGetInt32(out var number) && number > 0 ? number : 1;

    private static string LocalPath(string uri, string root) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.IsFile ? absolute.LocalPath : Path.GetFullPath(Uri.UnescapeDataString(uri), root);
}
