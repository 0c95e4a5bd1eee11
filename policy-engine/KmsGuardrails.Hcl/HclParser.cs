using System;
using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.Hcl.Syntax;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.Hcl;

/// <summary>
/// A recursive-descent parser for HCL's native syntax (bodies, blocks, attributes and the whole
/// expression language) that keeps the position of every node. Newlines end attributes in a body
/// but are ignored inside brackets, parentheses, braces and template sequences. Nesting deeper than
/// the limit, like every other syntax error, ends in a positioned problem, never an exception.
/// </summary>
public sealed class HclParser
{
    private static readonly HclTokenKind[][] BinaryLevels =
    {
        new[] { HclTokenKind.Or },
        new[] { HclTokenKind.And },
        new[] { HclTokenKind.EqualEqual, HclTokenKind.NotEqual },
        new[] { HclTokenKind.Less, HclTokenKind.LessEqual, HclTokenKind.Greater, HclTokenKind.GreaterEqual },
        new[] { HclTokenKind.Plus, HclTokenKind.Minus },
        new[] { HclTokenKind.Star, HclTokenKind.Slash, HclTokenKind.Percent },
    };

    private readonly List<HclToken> tokens;
    private readonly string source;
    private readonly int maximumDepth;
    private int index;
    private int depth;
    private int newlinesIgnored;
    private bool trimNextLiteral;
    private HclToken previous;

    private HclParser(List<HclToken> tokens, string source, int maximumDepth)
    {
        this.tokens = tokens;
        this.source = source;
        this.maximumDepth = maximumDepth;
    }

    /// <summary>Parses a file of HCL (a <c>.tf</c> or <c>.tfvars</c> file); a syntax error is a problem at its position.</summary>
    public static (HclFile? File, DocumentProblem? Problem) ParseFile(string path, string text, DocumentLimits? limits = null)
    {
        var maximumDepth = (limits ?? DocumentLimits.Default).MaximumDepth;
        var (tokens, comments) = HclLexer.File(text, maximumDepth);
        var parser = new HclParser(tokens, text, maximumDepth);
        try
        {
            var body = parser.Body(inBlock: false);
            return (new HclFile(path, body, comments), null);
        }
        catch (DocumentProblemException error)
        {
            return (null, new DocumentProblem(error.Position, "invalid HCL: " + error.Message));
        }
    }

    /// <summary>
    /// Parses a string of Terraform JSON as the template it is; every node is placed at
    /// <paramref name="position"/>. Null when the string is not a valid template.
    /// </summary>
    internal static HclExpression? ParseTemplate(string text, SourcePosition position, int maximumDepth)
    {
        var parser = new HclParser(HclLexer.Template(text, maximumDepth, position), text, maximumDepth);
        try
        {
            var start = parser.Peek();
            var parts = parser.TemplateParts(HclTokenKind.EndOfFile, out _);
            return new HclTemplate(parser.SpanFrom(start), parts);
        }
        catch (DocumentProblemException)
        {
            return null;
        }
    }

    private HclBody Body(bool inBlock)
    {
        var attributes = new List<HclAttribute>();
        var blocks = new List<HclBlock>();
        while (true)
        {
            var token = Peek();
            if (token.Kind == HclTokenKind.Newline)
            {
                Next();
                continue;
            }

            if (token.Kind == HclTokenKind.EndOfFile)
            {
                if (inBlock)
                {
                    throw Error(token, "the block is not closed with '}' before the end of the file");
                }

                break;
            }

            if (inBlock && token.Kind == HclTokenKind.CloseBrace)
            {
                break;
            }

            var name = Expect(HclTokenKind.Identifier, "an argument or block name");
            if (Peek().Kind == HclTokenKind.Equals)
            {
                Next();
                if (attributes.FirstOrDefault(a => a.Name == name.Text) is { } earlier)
                {
                    throw Error(name, $"the argument '{name.Text}' is already set at line {earlier.Position.Line}");
                }

                attributes.Add(new HclAttribute(name.Text, name.Position, Expression()));
            }
            else
            {
                blocks.Add(Block(name));
            }

            EndOfItem(inBlock);
        }

        return new HclBody(attributes, blocks);
    }

    private HclBlock Block(HclToken type)
    {
        var labels = new List<HclLabel>();
        while (Peek().Kind is HclTokenKind.Identifier or HclTokenKind.OpenQuote)
        {
            var label = Next();
            if (label.Kind == HclTokenKind.Identifier)
            {
                labels.Add(new HclLabel(label.Text, label.Position));
                continue;
            }

            var text = Peek().Kind == HclTokenKind.TemplateLiteral ? Next().Text : string.Empty;
            Expect(HclTokenKind.CloseQuote, "the end of the block label (labels cannot contain interpolations)");
            labels.Add(new HclLabel(text, label.Position));
        }

        Expect(HclTokenKind.OpenBrace, $"'{{' to open the block '{type.Text}' (or '=' to set an argument)");
        Enter(type);
        var body = Body(inBlock: true);
        Expect(HclTokenKind.CloseBrace, "'}'");
        depth--;
        return new HclBlock(type.Text, type.Position, labels, body, previous.Position.Line);
    }

    /// <summary>An attribute or block ends at a newline, at the end of the file, or at the '}' of a one-line block.</summary>
    private void EndOfItem(bool inBlock)
    {
        var token = Peek();
        if (token.Kind == HclTokenKind.Newline)
        {
            Next();
        }
        else if (token.Kind != HclTokenKind.EndOfFile && !(inBlock && token.Kind == HclTokenKind.CloseBrace))
        {
            throw Error(token, $"expected a new line after the argument or block, found {Describe(token)}");
        }
    }

    private HclExpression Expression()
    {
        var start = Peek();
        Enter(start);
        var condition = Binary(0);
        HclExpression result = condition;
        if (Peek().Kind == HclTokenKind.Question)
        {
            Next();
            var whenTrue = Expression();
            Expect(HclTokenKind.Colon, "':' of the conditional expression");
            var whenFalse = Expression();
            result = new HclConditional(SpanFrom(start), condition, whenTrue, whenFalse);
        }

        depth--;
        return result;
    }

    private HclExpression Binary(int level)
    {
        if (level == BinaryLevels.Length)
        {
            return Unary();
        }

        var start = Peek();
        var left = Binary(level + 1);
        while (Array.IndexOf(BinaryLevels[level], Peek().Kind) >= 0)
        {
            var op = Next();
            var right = Binary(level + 1);
            left = new HclBinary(SpanFrom(start), BinaryOperator(op.Kind), left, right);
        }

        return left;
    }

    private HclExpression Unary()
    {
        var token = Peek();
        if (token.Kind is not (HclTokenKind.Bang or HclTokenKind.Minus))
        {
            return Postfix(Primary());
        }

        Next();
        Enter(token);
        var operand = Unary();
        depth--;
        return new HclUnary(SpanFrom(token), token.Kind == HclTokenKind.Bang ? HclOperator.Not : HclOperator.Negate, operand);
    }

    /// <summary>Attribute access, indexes, legacy <c>.0</c> indexes and splats after a primary expression.</summary>
    private HclExpression Postfix(HclExpression expression)
    {
        var start = expression.Span;
        while (true)
        {
            var token = Peek();
            if (token.Kind == HclTokenKind.Dot)
            {
                Next();
                if (Peek().Kind == HclTokenKind.Star)
                {
                    Next();
                    return Splat(expression, start, attributesOnly: true);
                }

                var name = Peek().Kind == HclTokenKind.Number ? Next() : Expect(HclTokenKind.Identifier, "an attribute name after '.'");
                expression = new HclGetAttribute(SpanFrom(start), expression, name.Text);
            }
            else if (token.Kind == HclTokenKind.OpenBracket)
            {
                Next();
                newlinesIgnored++;
                if (Peek().Kind == HclTokenKind.Star)
                {
                    Next();
                    Expect(HclTokenKind.CloseBracket, "']' after '[*'");
                    newlinesIgnored--;
                    return Splat(expression, start, attributesOnly: false);
                }

                var key = Expression();
                Expect(HclTokenKind.CloseBracket, "']' to close the index");
                newlinesIgnored--;
                expression = new HclIndex(SpanFrom(start), expression, key);
            }
            else
            {
                return expression;
            }
        }
    }

    /// <summary>The traversal after <c>[*]</c> (attributes and indexes) or <c>.*</c> (attributes only) applies to each element.</summary>
    private HclExpression Splat(HclExpression source, HclSpan start, bool attributesOnly)
    {
        HclExpression each = new HclSplatItem(SpanFrom(start));
        while (true)
        {
            if (Peek().Kind == HclTokenKind.Dot && PeekAhead(1).Kind is HclTokenKind.Identifier or HclTokenKind.Number)
            {
                Next();
                each = new HclGetAttribute(SpanFrom(start), each, Next().Text);
            }
            else if (!attributesOnly && Peek().Kind == HclTokenKind.OpenBracket)
            {
                Next();
                newlinesIgnored++;
                var key = Expression();
                Expect(HclTokenKind.CloseBracket, "']' to close the index");
                newlinesIgnored--;
                each = new HclIndex(SpanFrom(start), each, key);
            }
            else
            {
                return new HclSplat(SpanFrom(start), source, each);
            }
        }
    }

    private HclExpression Primary()
    {
        var token = Next();
        switch (token.Kind)
        {
            case HclTokenKind.Number:
                return new HclLiteral(SpanFrom(token), HclLiteralKind.Number, token.Text);
            case HclTokenKind.Identifier:
                return Identifier(token);
            case HclTokenKind.OpenQuote:
                var parts = TemplateParts(HclTokenKind.CloseQuote, out _);
                return new HclTemplate(SpanFrom(token), parts);
            case HclTokenKind.OpenHeredoc:
                return Heredoc(token);
            case HclTokenKind.OpenParenthesis:
                newlinesIgnored++;
                var inner = Expression();
                Expect(HclTokenKind.CloseParenthesis, "')'");
                newlinesIgnored--;
                return inner;
            case HclTokenKind.OpenBracket:
                return Tuple(token);
            case HclTokenKind.OpenBrace:
                return Object(token);
            default:
                throw Error(token, $"expected an expression, found {Describe(token)}");
        }
    }

    private HclExpression Identifier(HclToken token)
    {
        switch (token.Text)
        {
            case "true" or "false":
                return new HclLiteral(SpanFrom(token), HclLiteralKind.Bool, token.Text);
            case "null":
                return new HclLiteral(SpanFrom(token), HclLiteralKind.Null, null);
        }

        var name = token.Text;
        while (Peek().Kind == HclTokenKind.DoubleColon)
        {
            // Provider-defined functions: provider::aws::arn_parse(...)
            Next();
            name += "::" + Expect(HclTokenKind.Identifier, "a function name after '::'").Text;
        }

        if (Peek().Kind != HclTokenKind.OpenParenthesis)
        {
            return name == token.Text ? new HclVariable(SpanFrom(token), name) : throw Error(Peek(), "expected '(' after a provider function name");
        }

        Next();
        newlinesIgnored++;
        var arguments = new List<HclExpression>();
        var expands = false;
        while (Peek().Kind != HclTokenKind.CloseParenthesis)
        {
            arguments.Add(Expression());
            if (Peek().Kind == HclTokenKind.Ellipsis)
            {
                Next();
                expands = true;
            }

            if (Peek().Kind != HclTokenKind.Comma || expands)
            {
                break;
            }

            Next();
        }

        Expect(HclTokenKind.CloseParenthesis, $"',' or ')' in the arguments of {name}");
        newlinesIgnored--;
        return new HclFunctionCall(SpanFrom(token), name, arguments, expands);
    }

    private HclExpression Tuple(HclToken open)
    {
        newlinesIgnored++;
        if (IsFor())
        {
            return For(open, HclTokenKind.CloseBracket);
        }

        var items = new List<HclExpression>();
        while (Peek().Kind != HclTokenKind.CloseBracket)
        {
            items.Add(Expression());
            if (Peek().Kind != HclTokenKind.Comma)
            {
                break;
            }

            Next();
        }

        Expect(HclTokenKind.CloseBracket, "',' or ']' in the list");
        newlinesIgnored--;
        return new HclTuple(SpanFrom(open), items);
    }

    private HclExpression Object(HclToken open)
    {
        newlinesIgnored++;
        if (IsFor())
        {
            return For(open, HclTokenKind.CloseBrace);
        }

        var items = new List<HclObjectItem>();
        while (Peek().Kind != HclTokenKind.CloseBrace)
        {
            var keyToken = Peek();
            var key = keyToken.Kind == HclTokenKind.Identifier && PeekAhead(1).Kind is HclTokenKind.Equals or HclTokenKind.Colon
                ? new HclLiteral(SpanFrom(Next()), HclLiteralKind.String, keyToken.Text)
                : Expression();
            var separator = Next();
            if (separator.Kind is not (HclTokenKind.Equals or HclTokenKind.Colon))
            {
                throw Error(separator, $"expected '=' or ':' after the object key, found {Describe(separator)}");
            }

            items.Add(new HclObjectItem(key, Expression()));
            if (Peek().Kind == HclTokenKind.Comma)
            {
                Next();
            }
        }

        Expect(HclTokenKind.CloseBrace, "'}' to close the object");
        newlinesIgnored--;
        return new HclObject(SpanFrom(open), items);
    }

    private bool IsFor() => Peek() is { Kind: HclTokenKind.Identifier, Text: "for" } && PeekAhead(1).Kind == HclTokenKind.Identifier;

    /// <summary><c>for k, v in coll : value if cond</c> up to the closing bracket or brace (newlines already ignored).</summary>
    private HclExpression For(HclToken open, HclTokenKind close)
    {
        Next();
        var first = Expect(HclTokenKind.Identifier, "a variable name after 'for'").Text;
        string? keyVariable = null;
        var valueVariable = first;
        if (Peek().Kind == HclTokenKind.Comma)
        {
            Next();
            keyVariable = first;
            valueVariable = Expect(HclTokenKind.Identifier, "a variable name after ','").Text;
        }

        ExpectKeyword("in");
        var collection = Expression();
        Expect(HclTokenKind.Colon, "':' after the collection of the for expression");
        HclExpression? keyResult = null;
        var value = Expression();
        if (close == HclTokenKind.CloseBrace)
        {
            Expect(HclTokenKind.FatArrow, "'=>' between the key and the value of an object for expression");
            keyResult = value;
            value = Expression();
        }

        var groups = false;
        if (Peek().Kind == HclTokenKind.Ellipsis)
        {
            Next();
            groups = true;
        }

        HclExpression? condition = null;
        if (Peek() is { Kind: HclTokenKind.Identifier, Text: "if" })
        {
            Next();
            condition = Expression();
        }

        Expect(close, close == HclTokenKind.CloseBrace ? "'}' to close the for expression" : "']' to close the for expression");
        newlinesIgnored--;
        return new HclFor(SpanFrom(open), keyVariable, valueVariable, collection, keyResult, value, condition, groups);
    }

    private HclExpression Heredoc(HclToken open)
    {
        var parts = TemplateParts(HclTokenKind.CloseHeredoc, out _);
        var indented = string.CompareOrdinal(source, open.Start, "<<-", 0, 3) == 0;
        return new HclTemplate(SpanFrom(open), indented ? HeredocIndentation.Strip(parts) : parts);
    }

    /// <summary>
    /// Literal text, interpolations and directives up to <paramref name="end"/>, or up to a directive
    /// keyword (<c>else</c>, <c>endif</c>, <c>endfor</c>) among <paramref name="keywords"/>, which is
    /// returned in <paramref name="stoppedAt"/>. Strip markers (<c>${~</c>, <c>~}</c>) trim the adjacent literal whitespace.
    /// </summary>
    private List<HclExpression> TemplateParts(HclTokenKind end, out string? stoppedAt, params string[] keywords)
    {
        var parts = new List<HclExpression>();
        stoppedAt = null;
        while (true)
        {
            var token = NextInTemplate();
            if (token.Kind == end)
            {
                trimNextLiteral = false;
                return parts;
            }

            if (keywords.Length > 0 && token.Kind is HclTokenKind.CloseQuote or HclTokenKind.CloseHeredoc or HclTokenKind.EndOfFile)
            {
                // The template ends inside a directive: the directive reports it is not closed.
                index--;
                return parts;
            }

            switch (token.Kind)
            {
                case HclTokenKind.TemplateLiteral:
                    var text = trimNextLiteral ? token.Text.TrimStart() : token.Text;
                    trimNextLiteral = false;
                    parts.Add(new HclLiteral(SpanFrom(token), HclLiteralKind.String, text));
                    continue;
                case HclTokenKind.TemplateInterpolation:
                    TrimLast(parts, token);
                    newlinesIgnored++;
                    parts.Add(Expression());
                    CloseSequence();
                    continue;
                case HclTokenKind.TemplateControl:
                    TrimLast(parts, token);
                    newlinesIgnored++;
                    var keyword = Expect(HclTokenKind.Identifier, "if, for, else, endif or endfor after '%{'");
                    if (Array.IndexOf(keywords, keyword.Text) >= 0)
                    {
                        CloseSequence();
                        stoppedAt = keyword.Text;
                        return parts;
                    }

                    parts.Add(Directive(token, keyword));
                    continue;
                default:
                    throw Error(token, $"expected text or an interpolation, found {Describe(token)}");
            }
        }
    }

    /// <summary>An <c>if</c> or <c>for</c> directive after its keyword, through its <c>endif</c> or <c>endfor</c>.</summary>
    private HclExpression Directive(HclToken open, HclToken keyword)
    {
        switch (keyword.Text)
        {
            case "if":
                var condition = Expression();
                CloseSequence();
                var thenStart = Peek();
                var then = new HclTemplate(SpanFrom(thenStart), TemplateParts(HclTokenKind.EndOfFile, out var stop, "else", "endif"));
                HclTemplate? otherwise = null;
                if (stop == "else")
                {
                    var elseStart = Peek();
                    otherwise = new HclTemplate(SpanFrom(elseStart), TemplateParts(HclTokenKind.EndOfFile, out stop, "endif"));
                }

                RequireEnd(stop, "endif", keyword);
                return new HclTemplateIf(SpanFrom(open), condition, then, otherwise);
            case "for":
                var first = Expect(HclTokenKind.Identifier, "a variable name after 'for'").Text;
                string? key = null;
                var value = first;
                if (Peek().Kind == HclTokenKind.Comma)
                {
                    Next();
                    key = first;
                    value = Expect(HclTokenKind.Identifier, "a variable name after ','").Text;
                }

                ExpectKeyword("in");
                var collection = Expression();
                CloseSequence();
                var bodyStart = Peek();
                var body = new HclTemplate(SpanFrom(bodyStart), TemplateParts(HclTokenKind.EndOfFile, out var end, "endfor"));
                RequireEnd(end, "endfor", keyword);
                return new HclTemplateFor(SpanFrom(open), key, value, collection, body);
            default:
                throw Error(keyword, $"'%{{ {keyword.Text} }}' has no matching 'if' or 'for'");
        }
    }

    private static void RequireEnd(string? stoppedAt, string expected, HclToken keyword)
    {
        if (stoppedAt != expected)
        {
            throw Error(keyword, $"the '{keyword.Text}' directive is not closed with '%{{ {expected} }}'");
        }
    }

    /// <summary>Consumes the <c>}</c> of an interpolation or directive; after <c>~}</c> the next literal loses its leading whitespace.</summary>
    private void CloseSequence()
    {
        var close = Expect(HclTokenKind.TemplateSequenceEnd, "'}' to close the template sequence");
        newlinesIgnored--;
        trimNextLiteral = close.Text.StartsWith("~", StringComparison.Ordinal);
    }

    private static void TrimLast(List<HclExpression> parts, HclToken sequence)
    {
        if (sequence.Text.EndsWith("~", StringComparison.Ordinal) && parts.Count > 0 && parts[parts.Count - 1] is HclLiteral { Kind: HclLiteralKind.String } literal)
        {
            parts[parts.Count - 1] = literal with { Text = literal.Text!.TrimEnd() };
        }
    }

    private void ExpectKeyword(string keyword)
    {
        var token = Next();
        if (token is not { Kind: HclTokenKind.Identifier } || token.Text != keyword)
        {
            throw Error(token, $"expected '{keyword}', found {Describe(token)}");
        }
    }

    private HclToken Expect(HclTokenKind kind, string what)
    {
        var token = Next();
        return token.Kind == kind ? token : throw Error(token, $"expected {what}, found {Describe(token)}");
    }

    private HclToken Peek()
    {
        while (newlinesIgnored > 0 && tokens[index].Kind == HclTokenKind.Newline)
        {
            index++;
        }

        return Checked(tokens[index]);
    }

    private HclToken PeekAhead(int count)
    {
        var cursor = index;
        for (var seen = -1; ; cursor++)
        {
            var token = tokens[Math.Min(cursor, tokens.Count - 1)];
            if (newlinesIgnored > 0 && token.Kind == HclTokenKind.Newline)
            {
                continue;
            }

            if (++seen == count || token.Kind is HclTokenKind.EndOfFile or HclTokenKind.Invalid)
            {
                return token;
            }
        }
    }

    private HclToken Next()
    {
        var token = Peek();
        if (token.Kind != HclTokenKind.EndOfFile)
        {
            index++;
        }

        previous = token;
        return token;
    }

    /// <summary>Inside a template, newline tokens do not occur; the scanner keeps them in the literal text.</summary>
    private HclToken NextInTemplate()
    {
        var token = Checked(tokens[index]);
        if (token.Kind != HclTokenKind.EndOfFile)
        {
            index++;
        }

        previous = token;
        return token;
    }

    private static HclToken Checked(HclToken token) =>
        token.Kind == HclTokenKind.Invalid ? throw new DocumentProblemException(token.Position, token.Text) : token;

    private void Enter(HclToken at)
    {
        if (++depth > maximumDepth)
        {
            throw Error(at, $"expressions and blocks are nested more than {maximumDepth} levels deep");
        }
    }

    private HclSpan SpanFrom(HclToken start) => new(source, start.Start, Math.Max(start.End, previous.End), start.Position);

    private HclSpan SpanFrom(HclSpan start) => new(source, start.Start, Math.Max(start.End, previous.End), start.Position);

    private static DocumentProblemException Error(HclToken token, string message) => new(token.Position, message);

    private static string Describe(HclToken token) => token.Kind switch
    {
        HclTokenKind.Newline => "a new line",
        HclTokenKind.EndOfFile => "the end of the file",
        HclTokenKind.TemplateLiteral or HclTokenKind.OpenQuote => "a string",
        HclTokenKind.CloseQuote => "the end of the string",
        HclTokenKind.OpenHeredoc => "a heredoc",
        _ => $"'{token.Text}'",
    };

    private static HclOperator BinaryOperator(HclTokenKind kind) => kind switch
    {
        HclTokenKind.Or => HclOperator.Or,
        HclTokenKind.And => HclOperator.And,
        HclTokenKind.EqualEqual => HclOperator.Equal,
        HclTokenKind.NotEqual => HclOperator.NotEqual,
        HclTokenKind.Less => HclOperator.Less,
        HclTokenKind.LessEqual => HclOperator.LessOrEqual,
        HclTokenKind.Greater => HclOperator.Greater,
        HclTokenKind.GreaterEqual => HclOperator.GreaterOrEqual,
        HclTokenKind.Plus => HclOperator.Add,
        HclTokenKind.Minus => HclOperator.Subtract,
        HclTokenKind.Star => HclOperator.Multiply,
        HclTokenKind.Slash => HclOperator.Divide,
        _ => HclOperator.Modulo,
    };
}
