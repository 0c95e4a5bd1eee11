using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace KmsGuardrails.Rules.Documents;

/// <summary>
/// A strict JSON parser (RFC 8259, as CloudFormation and IAM read JSON) that keeps where every value
/// and key starts. What the standard does not allow is a positioned problem: comments, trailing
/// commas, single quotes, unquoted names, non-standard numbers (hexadecimal, NaN, a leading '+'),
/// control characters in strings, duplicate keys. Numbers keep the text they are written with. It
/// lives in Rules, not in a package, because the analyzers load it inside compilers and must carry
/// no dependencies. Bad input never throws: nesting is bounded by <see cref="DocumentLimits.MaximumDepth"/>,
/// so hostile input cannot exhaust the stack.
/// </summary>
public sealed class JsonDocumentParser
{
    private readonly string text;
    private readonly int maximumDepth;
    private int index;
    private int line = 1;
    private int lineStart;

    private JsonDocumentParser(string text, int maximumDepth)
    {
        this.text = text;
        this.maximumDepth = maximumDepth;
    }

    public static JsonParseResult Parse(string text, DocumentLimits? limits = null)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var parser = new JsonDocumentParser(text, (limits ?? DocumentLimits.Default).MaximumDepth);
        try
        {
            return parser.Document();
        }
        catch (DocumentProblemException error)
        {
            return new JsonParseResult(null, error.Problem);
        }
    }

    private JsonParseResult Document()
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            index = lineStart = 1;
        }

        SkipWhitespace();
        if (AtEnd)
        {
            return new JsonParseResult(null, new DocumentProblem(new SourcePosition(1, 1), "the document is empty")) { IsEmpty = true };
        }

        var root = Value(1);
        SkipWhitespace();
        if (!AtEnd)
        {
            throw Unexpected("unexpected " + Describe(text[index]) + " after the end of the document");
        }

        return new JsonParseResult(root, null);
    }

    private bool AtEnd => index >= text.Length;

    private SourcePosition Here => new(line, index - lineStart + 1);

    private DocNode Value(int depth)
    {
        if (depth > maximumDepth)
        {
            throw Error("the document nests deeper than " + maximumDepth + " levels");
        }

        if (AtEnd)
        {
            throw Unexpected(string.Empty);
        }

        var position = Here;
        var c = text[index];
        switch (c)
        {
            case '{':
                return Object(position, depth);
            case '[':
                return Array(position, depth);
            case '"':
                return new DocScalar(position, null, String(), isQuoted: true);
            case 't':
                return Keyword("true", position);
            case 'f':
                return Keyword("false", position);
            case 'n':
                Keyword("null", position);
                return new DocScalar(position, null, null, isQuoted: false);
            case '\'':
                throw Error("strings must be in double quotes");
            default:
                if (c == '-' || IsDigit(c))
                {
                    return new DocScalar(position, null, Number(), isQuoted: false);
                }

                throw Unexpected("unexpected " + Describe(c) + "; a value was expected");
        }
    }

    private DocMap Object(SourcePosition position, int depth)
    {
        index++;
        var members = new List<DocMember>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        SkipWhitespace();
        if (Consume('}'))
        {
            return new DocMap(position, null, members);
        }

        while (true)
        {
            if (AtEnd || text[index] != '"')
            {
                throw Unexpected(AtEnd || text[index] == '\'' || IsNameStart(text[index])
                    ? "property names must be in double quotes"
                    : "unexpected " + Describe(text[index]) + "; a property name in double quotes was expected");
            }

            var keyPosition = Here;
            var key = String();
            if (!keys.Add(key))
            {
                throw new DocumentProblemException(keyPosition, "duplicate key '" + key + "'");
            }

            SkipWhitespace();
            if (!Consume(':'))
            {
                throw Unexpected("expected ':' after the key '" + key + "'");
            }

            SkipWhitespace();
            members.Add(new DocMember(key, keyPosition, Value(depth + 1)));
            if (EndsAfterItem('}'))
            {
                return new DocMap(position, null, members);
            }
        }
    }

    private DocList Array(SourcePosition position, int depth)
    {
        index++;
        var items = new List<DocNode>();
        SkipWhitespace();
        if (Consume(']'))
        {
            return new DocList(position, null, items);
        }

        while (true)
        {
            items.Add(Value(depth + 1));
            if (EndsAfterItem(']'))
            {
                return new DocList(position, null, items);
            }
        }
    }

    /// <summary>After an item of an object or array: true at its closing bracket, false after a comma another item follows.</summary>
    private bool EndsAfterItem(char close)
    {
        SkipWhitespace();
        if (Consume(close))
        {
            return true;
        }

        if (!Consume(','))
        {
            throw Unexpected("expected ',' or '" + close + "'");
        }

        SkipWhitespace();
        if (!AtEnd && text[index] == close)
        {
            throw Error("a trailing comma before '" + close + "'");
        }

        return false;
    }

    private string String()
    {
        var start = Here;
        var first = ++index;

        // Most strings have no escapes: one substring, no builder.
        while (index < text.Length && text[index] != '"' && text[index] != '\\' && text[index] >= ' ')
        {
            index++;
        }

        if (index < text.Length && text[index] == '"')
        {
            return text.Substring(first, index++ - first);
        }

        var builder = new StringBuilder(text, first, index - first, index - first + 16);
        while (true)
        {
            if (AtEnd)
            {
                throw new DocumentProblemException(start, "unterminated string");
            }

            var c = text[index];
            if (c == '"')
            {
                index++;
                return builder.ToString();
            }

            if (c is '\n' or '\r')
            {
                throw new DocumentProblemException(start, "the string is not closed before the end of the line");
            }

            if (c < ' ')
            {
                throw Error("control character in a string (write it as an escape)");
            }

            if (c == '\\')
            {
                builder.Append(Escape());
                continue;
            }

            builder.Append(c);
            index++;
        }
    }

    private char Escape()
    {
        var start = Here;
        index++;
        if (AtEnd)
        {
            throw new DocumentProblemException(start, "unterminated escape");
        }

        var c = text[index++];
        switch (c)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                var code = 0;
                for (var i = 0; i < 4; i++)
                {
                    var digit = index + i < text.Length ? HexValue(text[index + i]) : -1;
                    if (digit < 0)
                    {
                        throw new DocumentProblemException(start, "\\u must be followed by four hexadecimal digits");
                    }

                    code = (code * 16) + digit;
                }

                index += 4;
                return (char)code;
            default:
                throw new DocumentProblemException(start, "invalid escape '\\" + c + "'");
        }
    }

    private string Number()
    {
        var start = index;
        Consume('-');
        if (Consume('0'))
        {
            // A leading zero stands alone.
        }
        else if (!Digits())
        {
            throw Error("invalid number");
        }

        if (Consume('.') && !Digits())
        {
            throw Error("invalid number: digits expected after '.'");
        }

        if (!AtEnd && (text[index] == 'e' || text[index] == 'E'))
        {
            index++;
            if (!Consume('+'))
            {
                Consume('-');
            }

            if (!Digits())
            {
                throw Error("invalid number: digits expected in the exponent");
            }
        }

        return text.Substring(start, index - start);
    }

    private bool Digits()
    {
        var start = index;
        while (!AtEnd && IsDigit(text[index]))
        {
            index++;
        }

        return index > start;
    }

    private DocScalar Keyword(string keyword, SourcePosition position)
    {
        if (string.CompareOrdinal(text, index, keyword, 0, keyword.Length) != 0)
        {
            throw Error("unexpected " + Describe(text[index]) + "; a value was expected");
        }

        index += keyword.Length;
        return new DocScalar(position, null, keyword, isQuoted: false);
    }

    /// <summary>JSON's whitespace; a line ends at \n, \r\n or a lone \r, as editors count lines.</summary>
    private void SkipWhitespace()
    {
        while (!AtEnd)
        {
            switch (text[index])
            {
                case ' ':
                case '\t':
                    index++;
                    break;
                case '\r':
                    index += index + 1 < text.Length && text[index + 1] == '\n' ? 2 : 1;
                    line++;
                    lineStart = index;
                    break;
                case '\n':
                    index++;
                    line++;
                    lineStart = index;
                    break;
                default:
                    return;
            }
        }
    }

    private bool Consume(char expected)
    {
        if (!AtEnd && text[index] == expected)
        {
            index++;
            return true;
        }

        return false;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsNameStart(char c) => char.IsLetter(c) || c is '_' or '$';

    private static int HexValue(char c) =>
        c >= '0' && c <= '9' ? c - '0'
        : c >= 'a' && c <= 'f' ? c - 'a' + 10
        : c >= 'A' && c <= 'F' ? c - 'A' + 10
        : -1;

    /// <summary>A character as a message shows it: invisible ones by their code point.</summary>
    private static string Describe(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c) || c == '\uFEFF'
            ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
            : "'" + c + "'";

    /// <summary>
    /// The problem where <paramref name="message"/> was expected, unless the text ends there or a
    /// comment starts there: those say so instead.
    /// </summary>
    private DocumentProblemException Unexpected(string message) =>
        AtEnd ? Error("the document ends before it is complete")
        : text[index] == '/' && index + 1 < text.Length && text[index + 1] is '/' or '*' ? Error("comments are not allowed")
        : Error(message);

    private DocumentProblemException Error(string message) => new(Here, message);
}
