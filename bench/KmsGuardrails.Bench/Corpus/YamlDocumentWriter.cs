using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace KmsGuardrails.Bench.Corpus;

/// <summary>
/// Writes a generated document tree as block-style YAML the way CloudFormation authors write it:
/// short-form intrinsic tags (<c>!Ref</c>, <c>!Sub</c>, <c>!GetAtt A.B</c>, <c>!If [...]</c>),
/// flow sequences for short lists of scalars, literal blocks for inline code.
/// </summary>
internal static class YamlDocumentWriter
{
    private const int FlowListLimit = 4;

    private static readonly Regex PlainScalar = new("^[A-Za-z_/][A-Za-z0-9_./: -]*$", RegexOptions.CultureInvariant);

    // Words YAML 1.1 (which PyYAML and so cfn-lint follow) reads as booleans or null.
    private static readonly HashSet<string> ReservedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null",
    };

    public static string Write(OrderedMap document)
    {
        var text = new StringBuilder();
        var first = true;
        foreach (var (key, value) in document)
        {
            // A blank line between top-level sections, as people leave one.
            text.Append(first ? string.Empty : "\n\n");
            first = false;
            text.Append(Key(key)).Append(':');
            WriteEntryValue(text, value, 0);
        }

        return text.Append('\n').ToString();
    }

    private static void WriteEntryValue(StringBuilder text, object value, int keyIndent)
    {
        switch (value)
        {
            case OrderedMap { Count: 0 }:
                text.Append(" {}");
                break;
            case OrderedMap map:
                WriteMapEntries(text, map, keyIndent + 2, continueLine: false);
                break;
            case List<object> { Count: 0 }:
                text.Append(" []");
                break;
            case List<object> list when CanFlow(list):
                text.Append(' ').Append(Flow(list));
                break;
            case List<object> list:
                WriteSequence(text, list, keyIndent + 2);
                break;
            case Intrinsic intrinsic:
                text.Append(' ');
                WriteIntrinsic(text, intrinsic, keyIndent);
                break;
            default:
                text.Append(' ');
                WriteScalar(text, value, keyIndent);
                break;
        }
    }

    private static void WriteMapEntries(StringBuilder text, OrderedMap map, int indent, bool continueLine)
    {
        foreach (var (key, value) in map)
        {
            if (!continueLine)
            {
                text.Append('\n').Append(' ', indent);
            }

            continueLine = false;
            text.Append(Key(key)).Append(':');
            WriteEntryValue(text, value, indent);
        }
    }

    private static void WriteSequence(StringBuilder text, List<object> list, int indent)
    {
        foreach (var item in list)
        {
            text.Append('\n').Append(' ', indent).Append("- ");
            switch (item)
            {
                case OrderedMap { Count: > 0 } map:
                    WriteMapEntries(text, map, indent + 2, continueLine: true);
                    break;
                case List<object> nested when !CanFlow(nested):
                    WriteSequence(text, nested, indent + 2);
                    break;
                case Intrinsic intrinsic:
                    WriteIntrinsic(text, intrinsic, indent + 2);
                    break;
                default:
                    text.Append(CanFlow(item) ? Flow(item) : throw new ArgumentException("unsupported sequence item", nameof(list)));
                    break;
            }
        }
    }

    private static void WriteIntrinsic(StringBuilder text, Intrinsic intrinsic, int indent)
    {
        if (CanFlow(intrinsic))
        {
            text.Append(Flow(intrinsic));
            return;
        }

        // Too big for one line: the tag, then its argument as a block under it.
        text.Append(intrinsic.ShortTag);
        switch (intrinsic.Argument)
        {
            case List<object> list:
                WriteSequence(text, list, indent + 2);
                break;
            case OrderedMap map:
                WriteMapEntries(text, map, indent + 2, continueLine: false);
                break;
            default:
                text.Append(' ');
                WriteScalar(text, intrinsic.Argument, indent);
                break;
        }
    }

    private static void WriteScalar(StringBuilder text, object value, int keyIndent)
    {
        if (value is string multiLine && multiLine.Contains('\n'))
        {
            text.Append('|');
            foreach (var line in multiLine.TrimEnd('\n').Split('\n'))
            {
                text.Append('\n');
                if (line.Length > 0)
                {
                    text.Append(' ', keyIndent + 2).Append(line);
                }
            }

            return;
        }

        text.Append(Flow(value));
    }

    private static bool CanFlow(object value) => value switch
    {
        string text => !text.Contains('\n'),
        int or bool => true,
        Intrinsic intrinsic => CanFlow(intrinsic.Argument),
        List<object> list => list.Count <= FlowListLimit && list.All(item => item is not List<object> && CanFlow(item)),
        _ => false,
    };

    private static string Flow(object value) => value switch
    {
        string text => Scalar(text),
        int number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        Intrinsic { Function: "Fn::GetAtt", Argument: List<object> { Count: 2 } parts } => $"!GetAtt {parts[0]}.{parts[1]}",
        Intrinsic intrinsic => intrinsic.ShortTag + " " + Flow(intrinsic.Argument),
        List<object> list => "[" + string.Join(", ", list.Select(Flow)) + "]",
        _ => throw new ArgumentException($"cannot write a {value.GetType().Name} in flow style", nameof(value)),
    };

    private static string Key(string key) => Scalar(key);

    private static string Scalar(string text) =>
        PlainScalar.IsMatch(text) && !text.EndsWith(' ') && !text.EndsWith(':') && !text.Contains(": ", StringComparison.Ordinal)
            && !ReservedWords.Contains(text)
            ? text
            : "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
