using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace KmsGuardrails.Bench.Corpus;

/// <summary>
/// Writes a generated Terraform JSON tree as the HCL a person would write: labelled top-level blocks,
/// nested blocks (lifecycle, statement, principals, ...) as blocks, a string that is one whole
/// interpolation as the bare expression (<c>var.stage</c>), other strings as quoted templates.
/// </summary>
internal static class HclDocumentWriter
{
    private static readonly Dictionary<string, int> TopLevelLabels = new() { ["resource"] = 2, ["data"] = 2, ["variable"] = 1, ["output"] = 1, ["module"] = 1 };

    private static readonly HashSet<string> NestedBlocks = new() { "lifecycle", "required_providers", "statement", "principals", "not_principals", "condition", "rule", "apply_server_side_encryption_by_default", "environment" };

    private static readonly Regex Identifier = new(@"^[A-Za-z_][\w-]*$");

    private static readonly Regex WholeInterpolation = new(@"^\$\{([^{}""]+)\}$");

    public static string Write(OrderedMap document)
    {
        var text = new StringBuilder();
        foreach (var (type, section) in document)
        {
            var labels = TopLevelLabels.GetValueOrDefault(type);
            WriteLabelled(text, type, (OrderedMap)section, labels, new List<string>());
        }

        return text.ToString();
    }

    private static void WriteLabelled(StringBuilder text, string type, OrderedMap section, int labelsLeft, List<string> labels)
    {
        if (labelsLeft == 0)
        {
            text.Append(type);
            foreach (var label in labels)
            {
                text.Append(" \"").Append(label).Append('"');
            }

            text.Append(" {\n");
            WriteBody(text, section, "  ");
            text.Append("}\n\n");
            return;
        }

        foreach (var (name, inner) in section)
        {
            labels.Add(name);
            WriteLabelled(text, type, (OrderedMap)inner, labelsLeft - 1, labels);
            labels.RemoveAt(labels.Count - 1);
        }
    }

    private static void WriteBody(StringBuilder text, OrderedMap body, string indent)
    {
        foreach (var (name, value) in body)
        {
            var blocks = NestedBlocks.Contains(name) ? value switch
            {
                OrderedMap map => new[] { map },
                List<object> list when list.All(i => i is OrderedMap) => list.Cast<OrderedMap>().ToArray(),
                _ => null,
            } : null;
            if (blocks is null)
            {
                text.Append(indent).Append(name).Append(" = ").Append(Expression(value, indent)).Append('\n');
                continue;
            }

            foreach (var block in blocks)
            {
                text.Append(indent).Append(name).Append(" {\n");
                WriteBody(text, block, indent + "  ");
                text.Append(indent).Append("}\n");
            }
        }
    }

    private static string Expression(object value, string indent) => value switch
    {
        string text when WholeInterpolation.Match(text) is { Success: true } match => match.Groups[1].Value.Trim(),
        string text => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"",
        bool flag => flag ? "true" : "false",
        int number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        NullValue => "null",
        List<object> list => "[" + string.Join(", ", list.Select(i => Expression(i, indent))) + "]",
        OrderedMap map => "{\n" + string.Concat(map.Select(m => indent + "  " + Key(m.Key) + " = " + Expression(m.Value, indent + "  ") + "\n")) + indent + "}",
        _ => throw new ArgumentException($"no HCL form for {value.GetType().Name}"),
    };

    private static string Key(string key) => Identifier.IsMatch(key) ? key : "\"" + key + "\"";
}
