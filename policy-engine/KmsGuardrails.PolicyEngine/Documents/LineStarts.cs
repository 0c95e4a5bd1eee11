using System;
using System.Collections.Generic;
using KmsGuardrails.Rules;

namespace KmsGuardrails.PolicyEngine.Documents;

/// <summary>
/// Where each line of a text starts, for the line breaks its parser counts, to turn offsets into
/// positions and to keep a position a parser reports at the end of the text inside it.
/// </summary>
internal sealed class LineStarts
{
    private readonly string text;
    private readonly List<int> starts = new() { 0 };

    private LineStarts(string text, bool yamlBreaks)
    {
        this.text = text;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isBreak = c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) || (yamlBreaks && c is '\u0085' or '\u2028' or '\u2029');
            if (isBreak)
            {
                starts.Add(i + 1);
            }
        }
    }

    /// <summary>Newtonsoft.Json's line breaks: \n, \r\n and a lone \r.</summary>
    public static LineStarts Json(string text) => new(text, yamlBreaks: false);

    /// <summary>YamlDotNet's: those of JSON, and U+0085, U+2028 and U+2029 (YAML 1.1).</summary>
    public static LineStarts Yaml(string text) => new(text, yamlBreaks: true);

    public int Count => starts.Count;

    /// <summary>The offset where a line (1-based) starts.</summary>
    public int StartOf(int line) => starts[line - 1];

    /// <summary>The line and column of an offset.</summary>
    public SourcePosition PositionOf(int index)
    {
        var line = starts.BinarySearch(index);
        line = line >= 0 ? line : ~line - 1;
        return new SourcePosition(line + 1, index - starts[line] + 1);
    }

    /// <summary>
    /// A position moved inside the text, at most one column past the end of its line: at the end of
    /// the text parsers report column 0, or the line after the last one (YamlDotNet always ends the
    /// stream on a new line; Newtonsoft.Json counts one line too many after an unterminated string
    /// that ends with \r\n).
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
