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
            _ => BareStart(last, lineStart),
        };
        return new SourcePosition(line, first - lineStart + 1);
    }

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
