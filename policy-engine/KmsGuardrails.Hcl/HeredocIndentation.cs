using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using KmsGuardrails.Hcl.Syntax;

namespace KmsGuardrails.Hcl;

/// <summary>
/// An indented heredoc (<c>&lt;&lt;-EOT</c>) loses the indentation its least indented line has,
/// from every line, as Terraform does; blank lines do not count.
/// </summary>
internal static class HeredocIndentation
{
    public static List<HclExpression> Strip(List<HclExpression> parts)
    {
        var least = int.MaxValue;
        Walk(parts, (segment, endsLine) =>
        {
            if (!(endsLine && segment.Trim().Length == 0))
            {
                least = Math.Min(least, Indentation(segment));
            }

            return segment;
        }, interpolationAtLineStart: () => least = 0);
        if (least is 0 or int.MaxValue)
        {
            return parts;
        }

        return Walk(parts, (segment, _) => segment.Substring(Math.Min(least, Indentation(segment))), interpolationAtLineStart: () => { });
    }

    /// <summary>Rewrites the literal text of every line start; calls back for lines that start with an interpolation.</summary>
    private static List<HclExpression> Walk(List<HclExpression> parts, Func<string, bool, string> lineStart, Action interpolationAtLineStart)
    {
        var result = new List<HclExpression>(parts.Count);
        var atLineStart = true;
        foreach (var part in parts)
        {
            if (part is not HclLiteral { Kind: HclLiteralKind.String, Text: { } text } literal)
            {
                if (atLineStart)
                {
                    interpolationAtLineStart();
                }

                atLineStart = false;
                result.Add(part);
                continue;
            }

            var segments = text.Split('\n');
            var rewritten = new StringBuilder();
            for (var i = 0; i < segments.Length; i++)
            {
                var endsLine = i < segments.Length - 1;
                if (i == segments.Length - 1 && segments[i].Length == 0)
                {
                    break;
                }

                rewritten.Append(i > 0 || atLineStart ? lineStart(segments[i], endsLine) : segments[i]);
                if (endsLine)
                {
                    rewritten.Append('\n');
                }
            }

            atLineStart = text.EndsWith("\n", StringComparison.Ordinal);
            result.Add(literal with { Text = rewritten.ToString() });
        }

        return result;
    }

    private static int Indentation(string segment) => segment.TakeWhile(c => c is ' ' or '\t').Count();
}
