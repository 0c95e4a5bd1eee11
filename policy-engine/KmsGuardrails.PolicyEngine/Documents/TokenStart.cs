using KmsGuardrails.Rules;
using Newtonsoft.Json;

namespace KmsGuardrails.PolicyEngine.Documents;

/// <summary>
/// Newtonsoft.Json reports the line and column of a token's last character (a property name's
/// colon). The start is found by walking back from there: on the same line, since JSON tokens never
/// span lines, except for the whitespace a property name may have before its colon.
/// </summary>
internal sealed class TokenStart
{
    private readonly string text;
    private readonly LineStarts lines;

    public TokenStart(string text)
    {
        this.text = text;
        lines = LineStarts.Json(text);
    }

    public SourcePosition Of(JsonTextReader reader)
    {
        var line = reader.LineNumber;
        var column = reader.LinePosition;
        if (line < 1 || line > lines.Count || column < 1)
        {
            return lines.Clamp(new SourcePosition(line, column));
        }

        var lineStart = lines.StartOf(line);
        var last = lineStart + column - 1;
        if (last >= text.Length)
        {
            return lines.Clamp(new SourcePosition(line, column));
        }

        var first = reader.TokenType switch
        {
            JsonToken.PropertyName => PropertyNameStart(last),
            JsonToken.String => StringStart(last, lineStart),
            JsonToken.StartObject or JsonToken.StartArray or JsonToken.EndObject or JsonToken.EndArray => last,
            JsonToken.Comment => CommentStart(last, lineStart),
            _ => BareStart(last, lineStart),
        };
        return lines.PositionOf(first);
    }

    /// <summary>Keeps a position a parser reports at the end of the text inside it.</summary>
    public SourcePosition Clamp(SourcePosition position) => lines.Clamp(position);

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
        position.Line >= 1 && position.Line <= lines.Count ? lines.StartOf(position.Line) + position.Column - 1 : -1;

    /// <summary>From a property name's colon back over whitespace, line breaks included, to its closing quote, then to its start.</summary>
    private int PropertyNameStart(int colon)
    {
        var closing = colon - 1;
        while (closing >= 0 && char.IsWhiteSpace(text[closing]))
        {
            closing--;
        }

        return closing < 0 ? colon : StringStart(closing, lines.StartOf(lines.PositionOf(closing).Line));
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
