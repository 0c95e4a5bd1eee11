using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace KmsGuardrails.Rules.Policy.Json;

/// <summary>
/// A strict JSON parser (RFC 8259, as AWS reads policies) that keeps the line and column of every
/// value. It lives here, not in a package, because the Rules assembly loads inside compilers and
/// must carry no dependencies. It never throws: bad input ends in a positioned problem, and nesting
/// is bounded so hostile input cannot exhaust the stack.
/// </summary>
public sealed class PolicyJsonParser
{
    /// <summary>Key policies nest a few levels; anything deeper is not a policy.</summary>
    public const int MaximumDepth = 64;

    private readonly string text;
    private int index;
    private int line = 1;
    private int lineStart;

    private PolicyJsonParser(string text)
    {
        this.text = text;
    }

    public static PolicyJsonResult Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var parser = new PolicyJsonParser(text);
        try
        {
            return new PolicyJsonResult(parser.Document(), null);
        }
        catch (SyntaxError error)
        {
            return new PolicyJsonResult(null, new PolicyProblem(error.Position, error.Message));
        }
    }

    private PolicyValue Document()
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            index = 1;
            lineStart = 1;
        }

        SkipWhitespace();
        if (AtEnd)
        {
            throw Error("the policy is empty");
        }

        var value = Value(1);
        SkipWhitespace();
        if (!AtEnd)
        {
            throw Error("unexpected '" + text[index] + "' after the end of the policy");
        }

        return value;
    }

    private bool AtEnd => index >= text.Length;

    private SourcePosition Here => new(line, index - lineStart + 1);

    private PolicyValue Value(int depth)
    {
        if (depth > MaximumDepth)
        {
            throw Error("nested deeper than " + MaximumDepth + " levels");
        }

        if (AtEnd)
        {
            throw Error("unexpected end of the policy; a value was expected");
        }

        var position = Here;
        switch (text[index])
        {
            case '{':
                return Object(position, depth);
            case '[':
                return Array(position, depth);
            case '"':
                return new PolicyString(position, String());
            case 't':
                return Keyword("true", position);
            case 'f':
                return Keyword("false", position);
            case 'n':
                Keyword("null", position);
                return new PolicyString(position, null);
            default:
                if (text[index] == '-' || IsDigit(text[index]))
                {
                    return new PolicyString(position, Number());
                }

                throw Error("unexpected '" + text[index] + "'; a value was expected");
        }
    }

    private PolicyObject Object(SourcePosition position, int depth)
    {
        index++;
        var members = new List<KeyValuePair<string, PolicyValue>>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        SkipWhitespace();
        if (Consume('}'))
        {
            return new PolicyObject(position, members);
        }

        while (true)
        {
            SkipWhitespace();
            if (AtEnd || text[index] != '"')
            {
                throw Error(AtEnd ? "unterminated object" : "expected a quoted key");
            }

            var keyPosition = Here;
            var key = String();
            if (!keys.Add(key))
            {
                throw new SyntaxError(keyPosition, "duplicate key '" + key + "'");
            }

            SkipWhitespace();
            if (!Consume(':'))
            {
                throw Error("expected ':' after the key '" + key + "'");
            }

            SkipWhitespace();
            members.Add(new KeyValuePair<string, PolicyValue>(key, Value(depth + 1)));
            SkipWhitespace();
            if (Consume('}'))
            {
                return new PolicyObject(position, members);
            }

            if (!Consume(','))
            {
                throw Error(AtEnd ? "unterminated object" : "expected ',' or '}'");
            }
        }
    }

    private PolicyArray Array(SourcePosition position, int depth)
    {
        index++;
        var items = new List<PolicyValue>();
        SkipWhitespace();
        if (Consume(']'))
        {
            return new PolicyArray(position, items);
        }

        while (true)
        {
            SkipWhitespace();
            items.Add(Value(depth + 1));
            SkipWhitespace();
            if (Consume(']'))
            {
                return new PolicyArray(position, items);
            }

            if (!Consume(','))
            {
                throw Error(AtEnd ? "unterminated array" : "expected ',' or ']'");
            }
        }
    }

    private string String()
    {
        var start = Here;
        index++;
        var builder = new StringBuilder();
        while (true)
        {
            if (AtEnd)
            {
                throw new SyntaxError(start, "unterminated string");
            }

            var c = text[index];
            if (c == '"')
            {
                index++;
                return builder.ToString();
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
            throw new SyntaxError(start, "unterminated escape");
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
                if (index + 4 <= text.Length
                    && int.TryParse(text.Substring(index, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    index += 4;
                    return (char)code;
                }

                throw new SyntaxError(start, "\\u must be followed by four hexadecimal digits");
            default:
                throw new SyntaxError(start, "invalid escape '\\" + c + "'");
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

    private PolicyString Keyword(string keyword, SourcePosition position)
    {
        if (string.CompareOrdinal(text, index, keyword, 0, keyword.Length) != 0)
        {
            throw Error("unexpected '" + text[index] + "'; a value was expected");
        }

        index += keyword.Length;
        return new PolicyString(position, keyword);
    }

    private void SkipWhitespace()
    {
        while (!AtEnd)
        {
            switch (text[index])
            {
                case ' ':
                case '\t':
                case '\r':
                    index++;
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

    private SyntaxError Error(string message) => new(Here, message);

    /// <summary>Unwinds the parser to <see cref="Parse"/>, which turns it into a problem.</summary>
    private sealed class SyntaxError : Exception
    {
        public SyntaxError(SourcePosition position, string message)
            : base(message)
        {
            Position = position;
        }

        public SourcePosition Position { get; }
    }
}
