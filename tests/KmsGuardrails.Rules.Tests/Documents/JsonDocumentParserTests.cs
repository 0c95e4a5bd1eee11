using System.Linq;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.Rules.Tests.Documents;

public class JsonDocumentParserTests
{
    [Fact]
    public void Keeps_the_line_and_column_of_every_value()
    {
        var result = JsonDocumentParser.Parse("{\n  \"Statement\": [\n    { \"Effect\": \"Allow\" }\n  ]\n}");

        var root = Assert.IsType<DocMap>(result.Root);
        var list = Assert.IsType<DocList>(root["Statement"]);
        var statement = Assert.IsType<DocMap>(list.Items[0]);
        Assert.Equal(new SourcePosition(1, 1), root.Position);
        Assert.Equal(new SourcePosition(2, 16), list.Position);
        Assert.Equal(new SourcePosition(3, 5), statement.Position);
        Assert.Equal(new SourcePosition(3, 17), statement["Effect"]!.Position);
    }

    [Fact]
    public void Reads_escapes_numbers_and_keywords_as_text()
    {
        var result = JsonDocumentParser.Parse("""{ "a": "x\"\\\/\n\u0041", "b": -1.5e3, "c": true, "d": null, "e": 0 }""");

        var root = Assert.IsType<DocMap>(result.Root);
        Assert.Equal("x\"\\/\nA", ((DocScalar)root["a"]!).Text);
        Assert.Equal("-1.5e3", ((DocScalar)root["b"]!).Text);
        Assert.Equal("true", ((DocScalar)root["c"]!).Text);
        Assert.Null(((DocScalar)root["d"]!).Text);
        Assert.Equal("0", ((DocScalar)root["e"]!).Text);
        Assert.True(((DocScalar)root["a"]!).IsQuoted);
        Assert.False(((DocScalar)root["b"]!).IsQuoted);
    }

    [Fact]
    public void Keys_keep_where_they_are_written_and_their_order()
    {
        var root = Assert.IsType<DocMap>(JsonDocumentParser.Parse("{ \"b\": 1,\n  \"a\"\n    : 2 }").Root);

        Assert.Equal(new[] { "b", "a" }, root.Members.Select(m => m.Key));
        Assert.Equal(new SourcePosition(2, 3), root.Member("a")!.KeyPosition);
        Assert.Equal(new SourcePosition(3, 7), root["a"]!.Position);
    }

    [Fact]
    public void Accepts_a_byte_order_mark_and_crlf_line_ends()
    {
        var result = JsonDocumentParser.Parse("\uFEFF{\r\n  \"Version\": \"2012-10-17\"\r\n}");

        var root = Assert.IsType<DocMap>(result.Root);
        Assert.Equal(new SourcePosition(2, 14), root["Version"]!.Position);
    }

    [Fact]
    public void A_lone_carriage_return_ends_a_line_too()
    {
        var root = Assert.IsType<DocMap>(JsonDocumentParser.Parse("{\r  \"a\": 1\r}").Root);

        Assert.Equal(new SourcePosition(2, 8), root["a"]!.Position);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t ")]
    [InlineData("\uFEFF")]
    public void Text_without_a_value_is_empty(string text)
    {
        var result = JsonDocumentParser.Parse(text);

        Assert.True(result.IsEmpty);
        Assert.Equal(new DocumentProblem(new SourcePosition(1, 1), "the document is empty"), result.Problem);
    }

    [Theory]
    [InlineData("", 1, 1, "the document is empty")]
    [InlineData("{ \"a\": 1, }", 1, 11, "a trailing comma before '}'")]
    [InlineData("{ \"a\": [1, 2 }", 1, 14, "expected ',' or ']'")]
    [InlineData("{ \"a\": 1 } x", 1, 12, "unexpected 'x' after the end of the document")]
    [InlineData("{ \"a\": \"open }", 1, 8, "unterminated string")]
    [InlineData("{\n  \"a\": 1,\n  \"a\": 2\n}", 3, 3, "duplicate key 'a'")]
    [InlineData("{ // comment\n}", 1, 3, "comments are not allowed")]
    [InlineData("{ 'a': 1 }", 1, 3, "property names must be in double quotes")]
    [InlineData("{ \"a\": 01 }", 1, 9, "expected ',' or '}'")]
    [InlineData("{ \"a\": \"\\x\" }", 1, 9, "invalid escape '\\x'")]
    [InlineData("{ \"a\": \"\\u12\" }", 1, 9, "\\u must be followed by four hexadecimal digits")]
    [InlineData("{ \"a\": tru }", 1, 8, "unexpected 't'; a value was expected")]
    [InlineData("{ \"a\" 1 }", 1, 7, "expected ':' after the key 'a'")]
    [InlineData("[", 1, 2, "the document ends before it is complete")]
    [InlineData("{ \"a\": \"tab\there\" }", 1, 12, "control character in a string (write it as an escape)")]
    [InlineData("{ \"a\": \"open\n}", 1, 8, "the string is not closed before the end of the line")]
    [InlineData("{ \"a\": 'x' }", 1, 8, "strings must be in double quotes")]
    [InlineData("{ b: 1 }", 1, 3, "property names must be in double quotes")]
    [InlineData("{ 1: 2 }", 1, 3, "unexpected '1'; a property name in double quotes was expected")]
    [InlineData("[1, ]", 1, 5, "a trailing comma before ']'")]
    [InlineData("{ \"a\": 1 /* note */ }", 1, 10, "comments are not allowed")]
    [InlineData("{ \"a\": 0x1F }", 1, 9, "expected ',' or '}'")]
    [InlineData("{ \"a\": NaN }", 1, 8, "unexpected 'N'; a value was expected")]
    [InlineData("{ \"a\": +1 }", 1, 8, "unexpected '+'; a value was expected")]
    [InlineData("{ \"a\": -x }", 1, 9, "invalid number")]
    [InlineData("{ \"a\": 1. }", 1, 10, "invalid number: digits expected after '.'")]
    [InlineData("{ \"a\":\u00A01 }", 1, 7, "unexpected U+00A0; a value was expected")]
    [InlineData("{\"a\": [1, 2", 1, 12, "the document ends before it is complete")]
    [InlineData("{\"a\": 1,\n", 2, 1, "the document ends before it is complete")]
    public void Bad_json_gives_one_positioned_problem(string text, int line, int column, string message)
    {
        var result = JsonDocumentParser.Parse(text);

        Assert.Null(result.Root);
        Assert.Equal(new DocumentProblem(new SourcePosition(line, column), message), result.Problem);
    }

    [Fact]
    public void Deep_nesting_is_a_problem_not_a_stack_overflow()
    {
        var result = JsonDocumentParser.Parse(new string('[', 100_000) + new string(']', 100_000), new DocumentLimits { MaximumDepth = 64 });

        Assert.Null(result.Root);
        Assert.Equal("the document nests deeper than 64 levels", result.Problem!.Message);
        Assert.Equal(new SourcePosition(1, 65), result.Problem.Position);
    }
}
