using System.Collections.Generic;
using KmsGuardrails.Rules;
using Newtonsoft.Json;

namespace KmsGuardrails.PolicyEngine.Documents;

/// <summary>
/// Newtonsoft.Json reports the line and column of a token's last character (a property name's
/// colon). JSON tokens never span lines, so the start is found by walking back on that line.
/// </summary>
internal sealed class TokenStart
{
    private readonly string text;
    private readonly List<int> lineStarts = new() { 0 };

    public TokenStart(string text)
    {
        this.text = text;
        for (var i = 0; i < text.Length; i++)
        {
            // The same line breaks as Newtonsoft.Json: \n, \r\n and a lone \r.
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                lineStarts.Add(i + 1);
            }
        }
    }

    public SourcePosition Of(JsonTextReader reader)
    {
        var line = reader.LineNumber;
        var column = reader.LinePosition;
        if (line < 1 || line > lineStarts.Count || column < 1)
        {
            return new SourcePosition(System.Math.Max(1, line), System.Math.Max(1, column));
        }

        var lineStart = lineStarts[line - 1];
        var last = lineStart + column - 1;
        if (last >= text.Length)
        {
            return new SourcePosition(line, column);
        }

        var first = reader.TokenType switch
        {
            JsonToken.PropertyName => StringStart(SkipBackWhitespace(last - 1, lineStart), lineStart),
            JsonToken.String => StringStart(last, lineStart),
            JsonToken.StartObject or JsonToken.StartArray or JsonToken.EndObject or JsonToken.EndArray => last,
            JsonToken.Comment => CommentStart(last, lineStart),
            _ => BareStart(last, lineStart),
        };
        return new SourcePosition(line, first - lineStart + 1);
    }

    /// <summary>The character at a position (1-based), or '\0' outside the text.</summary>
    public char At(SourcePosition position)
    {
        var index = Index(position);
        return index >= 0 && index < text.Length ? text[index] : '\0';
    }

    /// <summary>The last character before a position that is not whitespace, or '\0'.</summary>
    public char SignificantBefore(SourcePosition position)
    {
        for (var i = Index(position) - 1; i >= 0; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i];
            }
        }

        return '\0';
    }

    private int Index(SourcePosition position) =>
        position.Line >= 1 && position.Line <= lineStarts.Count ? lineStarts[position.Line - 1] + position.Column - 1 : -1;

    private int SkipBackWhitespace(int index, int lineStart)
    {
        while (index > lineStart && char.IsWhiteSpace(text[index]))
        {
            index--;
        }

        return index;
    }

    /// <summary>From a closing quote back to the opening quote: one not escaped by an odd run of backslashes.</summary>
    private int StringStart(int closing, int lineStart)
    {
        if (closing < lineStart || (text[closing] != '"' && text[closing] != '\''))
        {
            return BareStart(closing, lineStart);
        }

        var quote = text[closing];
        for (var i = closing - 1; i >= lineStart; i--)
        {
            if (text[i] != quote)
            {
                continue;
            }

            var backslashes = 0;
            for (var j = i - 1; j >= lineStart && text[j] == '\\'; j--)
            {
                backslashes++;
            }

            if (backslashes % 2 == 0)
            {
                return i;
            }
        }

        return closing;
    }

    /// <summary>The "//" or "/*" that opens a comment ending at <paramref name="last"/> on this line.</summary>
    private int CommentStart(int last, int lineStart)
    {
        for (var i = System.Math.Min(last, text.Length - 2); i >= lineStart; i--)
        {
            if (text[i] == '/' && (text[i + 1] == '/' || text[i + 1] == '*'))
            {
                return i;
            }
        }

        return last;
    }

    /// <summary>Numbers, true, false, null, and unquoted names: back over their characters.</summary>
    private int BareStart(int last, int lineStart)
    {
        var i = last;
        while (i > lineStart && IsBare(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static bool IsBare(char c) => char.IsLetterOrDigit(c) || c is '.' or '+' or '-' or '_' or '$';
}
