using System;
using System.Collections.Generic;
using KmsGuardrails.Rules;

namespace KmsGuardrails.PolicyEngine.Documents;

/// <summary>
/// Where each line of a YAML text starts, to keep a position the YAML parser reports at the end of
/// the text inside it.
/// </summary>
internal sealed class LineStarts
{
    private readonly string text;
    private readonly List<int> starts = new() { 0 };

    private LineStarts(string text)
    {
        this.text = text;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isBreak = c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) || c is '\u0085' or '\u2028' or '\u2029';
            if (isBreak)
            {
                starts.Add(i + 1);
            }
        }
    }

    /// <summary>YamlDotNet's line breaks: \n, \r\n, a lone \r, and U+0085, U+2028 and U+2029 (YAML 1.1).</summary>
    public static LineStarts Yaml(string text) => new(text);

    /// <summary>
    /// A position moved inside the text, at most one column past the end of its line: at the end of
    /// the text YamlDotNet reports column 0, or the line after the last one (it always ends the
    /// stream on a new line).
    /// </summary>
    public SourcePosition Clamp(SourcePosition position)
    {
        if (position.Line > starts.Count)
        {
            return new SourcePosition(starts.Count, LengthOf(starts.Count) + 1);
        }

        var line = Math.Max(1, position.Line);
        return new SourcePosition(line, Math.Min(Math.Max(1, position.Column), LengthOf(line) + 1));
    }

    /// <summary>Characters of a line (1-based), without its line break.</summary>
    private int LengthOf(int line)
    {
        var start = starts[line - 1];
        var end = line < starts.Count ? starts[line] - 1 : text.Length;
        if (line < starts.Count && end > start && text[end] == '\n' && text[end - 1] == '\r')
        {
            end--;
        }

        return end - start;
    }
}
