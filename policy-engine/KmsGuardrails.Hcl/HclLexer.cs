using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using KmsGuardrails.Hcl.Syntax;
using KmsGuardrails.Rules;

namespace KmsGuardrails.Hcl;

/// <summary>
/// Splits HCL native syntax into tokens in one pass. Templates nest inside expressions and
/// expressions inside templates, so the scanner keeps a stack of modes, as hclsyntax's does:
/// expression mode (counting braces, so the <c>}</c> that closes <c>${</c> is told apart), quoted
/// templates, heredocs, and an embedded template (a Terraform JSON string). It never throws: what
/// it cannot read becomes an <see cref="HclTokenKind.Invalid"/> token that ends the stream.
/// </summary>
internal sealed class HclLexer
{
    private enum Mode
    {
        Expression,
        Quoted,
        Heredoc,
        Embedded,
    }

    private sealed class Frame
    {
        public Mode Mode;
        public int Braces;
        public bool ClosesTemplate;
        public string Marker = string.Empty;
        public SourcePosition Opening;
        public int OpeningOffset;
    }

    private static readonly char[] LineBreaks = { '\n', '\r' };

    private readonly string text;
    private readonly int maximumDepth;
    private readonly SourcePosition? fixedPosition;
    private readonly List<HclToken> tokens = new();
    private readonly List<HclComment> comments = new();
    private readonly Stack<Frame> modes = new();
    private int offset;
    private int line = 1;
    private int column = 1;

    private HclLexer(string text, int maximumDepth, SourcePosition? fixedPosition)
    {
        this.text = text;
        this.maximumDepth = maximumDepth;
        this.fixedPosition = fixedPosition;
    }

    /// <summary>The tokens of a file (a body) and its comments.</summary>
    public static (List<HclToken> Tokens, List<HclComment> Comments) File(string text, int maximumDepth) =>
        new HclLexer(text, maximumDepth, null).Run(Mode.Expression);

    /// <summary>
    /// The tokens of a template that is a whole string (a Terraform JSON value), all placed at
    /// <paramref name="position"/>, since escapes in the JSON string shift columns.
    /// </summary>
    public static List<HclToken> Template(string text, int maximumDepth, SourcePosition position) =>
        new HclLexer(text, maximumDepth, position).Run(Mode.Embedded).Tokens;

    private SourcePosition Here => fixedPosition ?? new SourcePosition(line, column);

    private (List<HclToken> Tokens, List<HclComment> Comments) Run(Mode start)
    {
        modes.Push(new Frame { Mode = start });
        while (modes.Count > 0 && (tokens.Count == 0 || tokens[tokens.Count - 1].Kind is not (HclTokenKind.Invalid or HclTokenKind.EndOfFile)))
        {
            switch (modes.Peek().Mode)
            {
                case Mode.Expression:
                    ScanExpression();
                    break;
                case Mode.Quoted:
                    ScanTemplate(quoted: true);
                    break;
                default:
                    ScanTemplate(quoted: false);
                    break;
            }
        }

        if (tokens.Count == 0 || tokens[tokens.Count - 1].Kind is not (HclTokenKind.Invalid or HclTokenKind.EndOfFile))
        {
            Add(HclTokenKind.EndOfFile, string.Empty, Here, offset);
        }

        return (tokens, comments);
    }

    private void ScanExpression()
    {
        SkipSpaceAndComments();
        var frame = modes.Peek();
        var start = offset;
        var position = Here;
        if (offset >= text.Length)
        {
            Add(frame.ClosesTemplate ? HclTokenKind.Invalid : HclTokenKind.EndOfFile, frame.ClosesTemplate ? "the template sequence is not closed with '}'" : string.Empty, position, start);
            return;
        }

        var c = text[offset];
        if (IsLineBreak(offset))
        {
            Advance(1);
            Add(HclTokenKind.Newline, "\n", position, start);
        }
        else if (c == '"')
        {
            Advance(1);
            Add(HclTokenKind.OpenQuote, "\"", position, start);
            Push(new Frame { Mode = Mode.Quoted, Opening = position, OpeningOffset = start }, position);
        }
        else if (c == '<' && At("<<") && TryHeredoc(position, start))
        {
        }
        else if (c == '{')
        {
            frame.Braces++;
            Advance(1);
            Add(HclTokenKind.OpenBrace, "{", position, start);
        }
        else if (c == '}' || (c == '~' && At("~}")))
        {
            if (frame.ClosesTemplate && frame.Braces == 0)
            {
                Advance(c == '~' ? 2 : 1);
                Add(HclTokenKind.TemplateSequenceEnd, text.Substring(start, offset - start), position, start);
                modes.Pop();
            }
            else if (c == '~')
            {
                Invalid("unexpected character '~'", position, start);
            }
            else
            {
                frame.Braces--;
                Advance(1);
                Add(HclTokenKind.CloseBrace, "}", position, start);
            }
        }
        else if (IsIdentifierStart(c))
        {
            var end = offset + 1;
            while (end < text.Length && IsIdentifierPart(text[end]))
            {
                end++;
            }

            Advance(end - offset);
            Add(HclTokenKind.Identifier, text.Substring(start, end - start), position, start);
        }
        else if (char.IsDigit(c))
        {
            ScanNumber(position, start);
        }
        else if (Operator() is { } op)
        {
            Advance(op.Length);
            Add(op.Kind, text.Substring(start, op.Length), position, start);
        }
        else
        {
            Invalid($"unexpected character '{Printable(c)}'", position, start);
        }
    }

    private (HclTokenKind Kind, int Length)? Operator()
    {
        var c = text[offset];
        var next = offset + 1 < text.Length ? text[offset + 1] : '\0';
        switch (c)
        {
            case '.' when At("..."): return (HclTokenKind.Ellipsis, 3);
            case '.': return (HclTokenKind.Dot, 1);
            case '[': return (HclTokenKind.OpenBracket, 1);
            case ']': return (HclTokenKind.CloseBracket, 1);
            case '(': return (HclTokenKind.OpenParenthesis, 1);
            case ')': return (HclTokenKind.CloseParenthesis, 1);
            case ',': return (HclTokenKind.Comma, 1);
            case '?': return (HclTokenKind.Question, 1);
            case ':': return next == ':' ? (HclTokenKind.DoubleColon, 2) : (HclTokenKind.Colon, 1);
            case '=': return next == '=' ? (HclTokenKind.EqualEqual, 2) : next == '>' ? (HclTokenKind.FatArrow, 2) : (HclTokenKind.Equals, 1);
            case '!': return next == '=' ? (HclTokenKind.NotEqual, 2) : (HclTokenKind.Bang, 1);
            case '<': return next == '=' ? (HclTokenKind.LessEqual, 2) : (HclTokenKind.Less, 1);
            case '>': return next == '=' ? (HclTokenKind.GreaterEqual, 2) : (HclTokenKind.Greater, 1);
            case '&' when next == '&': return (HclTokenKind.And, 2);
            case '|' when next == '|': return (HclTokenKind.Or, 2);
            case '+': return (HclTokenKind.Plus, 1);
            case '-': return (HclTokenKind.Minus, 1);
            case '*': return (HclTokenKind.Star, 1);
            case '/': return (HclTokenKind.Slash, 1);
            case '%': return (HclTokenKind.Percent, 1);
            default: return null;
        }
    }

    /// <summary>Digits, an optional fraction and an optional exponent; <c>1.x</c> stays a number and a dot.</summary>
    private void ScanNumber(SourcePosition position, int start)
    {
        var end = offset;
        while (end < text.Length && char.IsDigit(text[end]))
        {
            end++;
        }

        if (end + 1 < text.Length && text[end] == '.' && char.IsDigit(text[end + 1]))
        {
            end++;
            while (end < text.Length && char.IsDigit(text[end]))
            {
                end++;
            }
        }

        if (end < text.Length && text[end] is 'e' or 'E')
        {
            var exponent = end + 1;
            if (exponent < text.Length && text[exponent] is '+' or '-')
            {
                exponent++;
            }

            if (exponent < text.Length && char.IsDigit(text[exponent]))
            {
                end = exponent;
                while (end < text.Length && char.IsDigit(text[end]))
                {
                    end++;
                }
            }
        }

        Advance(end - offset);
        Add(HclTokenKind.Number, text.Substring(start, end - start), position, start);
    }

    /// <summary><c>&lt;&lt;EOT</c> or <c>&lt;&lt;-EOT</c> then a newline; anything else is the operator <c>&lt;</c>.</summary>
    private bool TryHeredoc(SourcePosition position, int start)
    {
        var cursor = offset + 2;
        if (cursor < text.Length && text[cursor] == '-')
        {
            cursor++;
        }

        if (cursor >= text.Length || !IsIdentifierStart(text[cursor]))
        {
            return false;
        }

        var markerStart = cursor;
        while (cursor < text.Length && IsIdentifierPart(text[cursor]))
        {
            cursor++;
        }

        var marker = text.Substring(markerStart, cursor - markerStart);
        if (cursor < text.Length && text[cursor] == '\r')
        {
            cursor++;
        }

        if (cursor >= text.Length || text[cursor] != '\n')
        {
            Invalid("a heredoc marker must be followed by a new line", position, start);
            return true;
        }

        Advance(cursor + 1 - offset);
        tokens.Add(new HclToken(HclTokenKind.OpenHeredoc, marker, position, start, offset));
        Push(new Frame { Mode = Mode.Heredoc, Marker = marker, Opening = position, OpeningOffset = start }, position);
        return true;
    }

    /// <summary>Literal text up to the next sequence or the end of the template; quoted templates apply backslash escapes.</summary>
    private void ScanTemplate(bool quoted)
    {
        var frame = modes.Peek();
        if (frame.Mode == Mode.Heredoc && (offset == 0 || text[offset - 1] == '\n') && AtHeredocEnd(frame.Marker, out var closeLength))
        {
            var closeStart = offset;
            var closePosition = Here;
            Advance(closeLength);
            Add(HclTokenKind.CloseHeredoc, frame.Marker, closePosition, closeStart);
            modes.Pop();
            return;
        }

        var start = offset;
        var position = Here;
        var literal = new StringBuilder();
        while (offset < text.Length)
        {
            var c = text[offset];
            if ((c == '$' || c == '%') && offset + 1 < text.Length && text[offset + 1] == '{')
            {
                break;
            }

            if ((c == '$' || c == '%') && offset + 2 < text.Length && text[offset + 1] == c && text[offset + 2] == '{')
            {
                literal.Append(c).Append('{');
                Advance(3);
                continue;
            }

            if (quoted && c == '"')
            {
                break;
            }

            if (quoted && IsLineBreak(offset))
            {
                Invalid("the string is not closed before the end of the line", frame.Opening, frame.OpeningOffset);
                return;
            }

            if (quoted && c == '\\')
            {
                if (!Escape(literal))
                {
                    return;
                }

                continue;
            }

            literal.Append(c);
            Advance(1);
            if (c == '\n' && frame.Mode == Mode.Heredoc)
            {
                break;
            }
        }

        if (offset > start)
        {
            Add(HclTokenKind.TemplateLiteral, literal.ToString(), position, start);
            return;
        }

        if (offset >= text.Length)
        {
            if (frame.Mode == Mode.Embedded)
            {
                Add(HclTokenKind.EndOfFile, string.Empty, Here, offset);
            }
            else
            {
                Invalid(frame.Mode == Mode.Quoted ? "the string is not closed before the end of the file" : $"the heredoc is not closed by a line '{frame.Marker}'", frame.Opening, frame.OpeningOffset);
            }

            return;
        }

        if (text[offset] == '"')
        {
            Advance(1);
            Add(HclTokenKind.CloseQuote, "\"", position, start);
            modes.Pop();
            return;
        }

        // ${ or %{, with an optional strip marker.
        var kind = text[offset] == '$' ? HclTokenKind.TemplateInterpolation : HclTokenKind.TemplateControl;
        Advance(offset + 2 < text.Length && text[offset + 2] == '~' ? 3 : 2);
        Add(kind, text.Substring(start, offset - start), position, start);
        Push(new Frame { Mode = Mode.Expression, ClosesTemplate = true }, position);
    }

    private bool Escape(StringBuilder literal)
    {
        var position = Here;
        var start = offset;
        if (offset + 1 >= text.Length)
        {
            Invalid("the string is not closed before the end of the file", position, start);
            return false;
        }

        var c = text[offset + 1];
        switch (c)
        {
            case 'n': literal.Append('\n'); break;
            case 'r': literal.Append('\r'); break;
            case 't': literal.Append('\t'); break;
            case '"': literal.Append('"'); break;
            case '\\': literal.Append('\\'); break;
            case 'u' or 'U':
                var digits = c == 'u' ? 4 : 8;
                if (offset + 2 + digits > text.Length
                    || !int.TryParse(text.AsSpan(offset + 2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                    || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                {
                    Invalid($"'\\{c}' must be followed by {digits} hexadecimal digits of a Unicode character", position, start);
                    return false;
                }

                literal.Append(char.ConvertFromUtf32(code));
                Advance(2 + digits);
                return true;
            default:
                Invalid($"'\\{Printable(c)}' is not an escape sequence of HCL", position, start);
                return false;
        }

        Advance(2);
        return true;
    }

    /// <summary>A line that holds only the marker (after any indentation) closes a heredoc.</summary>
    private bool AtHeredocEnd(string marker, out int length)
    {
        length = 0;
        var cursor = offset;
        while (cursor < text.Length && text[cursor] is ' ' or '\t')
        {
            cursor++;
        }

        if (string.CompareOrdinal(text, cursor, marker, 0, marker.Length) != 0)
        {
            return false;
        }

        cursor += marker.Length;
        if (cursor < text.Length && text[cursor] == '\r')
        {
            cursor++;
        }

        if (cursor < text.Length && text[cursor] != '\n')
        {
            return false;
        }

        length = cursor - offset;
        return true;
    }

    private void SkipSpaceAndComments()
    {
        while (offset < text.Length)
        {
            var c = text[offset];
            if (c is ' ' or '\t' or '\uFEFF' || (c == '\r' && !IsLineBreak(offset)))
            {
                Advance(1);
            }
            else if (c == '#' || At("//"))
            {
                var start = offset;
                var position = Here;
                var end = text.IndexOfAny(LineBreaks, offset);
                end = end < 0 ? text.Length : end;
                Advance(end - offset);
                comments.Add(new HclComment(text.Substring(start, end - start), position, position.Line));
            }
            else if (At("/*"))
            {
                var start = offset;
                var position = Here;
                var end = text.IndexOf("*/", offset + 2, System.StringComparison.Ordinal);
                if (end < 0)
                {
                    Invalid("the comment is not closed with '*/'", position, start);
                    return;
                }

                Advance(end + 2 - offset);
                comments.Add(new HclComment(text.Substring(start, end + 2 - start), position, line));
            }
            else
            {
                return;
            }
        }
    }

    private void Push(Frame frame, SourcePosition position)
    {
        if (modes.Count >= maximumDepth)
        {
            Invalid($"templates are nested more than {maximumDepth} levels deep", position, offset);
            return;
        }

        modes.Push(frame);
    }

    private void Invalid(string reason, SourcePosition position, int start)
    {
        tokens.Add(new HclToken(HclTokenKind.Invalid, reason, position, start, System.Math.Max(start, offset)));
        offset = text.Length;
    }

    private void Add(HclTokenKind kind, string value, SourcePosition position, int start) =>
        tokens.Add(new HclToken(kind, value, position, start, offset));

    private void Advance(int count)
    {
        for (var end = System.Math.Min(text.Length, offset + count); offset < end; offset++)
        {
            if (IsLineBreak(offset))
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }
    }

    /// <summary>A line ends at LF, or at a CR not followed by LF (old Mac files), as editors count lines.</summary>
    private bool IsLineBreak(int at) => text[at] == '\n' || (text[at] == '\r' && (at + 1 >= text.Length || text[at + 1] != '\n'));

    private bool At(string value) => string.CompareOrdinal(text, offset, value, 0, value.Length) == 0;

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c is '_' or '-';

    private static string Printable(char c) => char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString();
}
