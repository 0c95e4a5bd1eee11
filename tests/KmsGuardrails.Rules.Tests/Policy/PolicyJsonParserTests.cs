using KmsGuardrails.Rules.Policy.Json;

namespace KmsGuardrails.Rules.Tests.Policy;

public class PolicyJsonParserTests
{
    [Fact]
    public void Keeps_the_line_and_column_of_every_value()
    {
        var result = PolicyJsonParser.Parse("{\n  \"Statement\": [\n    { \"Effect\": \"Allow\" }\n  ]\n}");

        var root = Assert.IsType<PolicyObject>(result.Value);
        var list = Assert.IsType<PolicyArray>(root["Statement"]);
        var statement = Assert.IsType<PolicyObject>(list.Items[0]);
        Assert.Equal(new SourcePosition(1, 1), root.Position);
        Assert.Equal(new SourcePosition(2, 16), list.Position);
        Assert.Equal(new SourcePosition(3, 5), statement.Position);
        Assert.Equal(new SourcePosition(3, 17), statement["Effect"]!.Position);
    }

    [Fact]
    public void Reads_escapes_numbers_and_keywords_as_text()
    {
        var result = PolicyJsonParser.Parse("""{ "a": "x\"\\\/\n\u0041", "b": -1.5e3, "c": true, "d": null, "e": 0 }""");

        var root = Assert.IsType<PolicyObject>(result.Value);
        Assert.Equal("x\"\\/\nA", ((PolicyString)root["a"]!).Text);
        Assert.Equal("-1.5e3", ((PolicyString)root["b"]!).Text);
        Assert.Equal("true", ((PolicyString)root["c"]!).Text);
        Assert.Null(((PolicyString)root["d"]!).Text);
        Assert.Equal("0", ((PolicyString)root["e"]!).Text);
    }

    [Fact]
    public void Accepts_a_byte_order_mark_and_crlf_line_ends()
    {
        var result = PolicyJsonParser.Parse("\uFEFF{\r\n  \"Version\": \"2012-10-17\"\r\n}");

        var root = Assert.IsType<PolicyObject>(result.Value);
        Assert.Equal(new SourcePosition(2, 14), root["Version"]!.Position);
    }

    [Theory]
    [InlineData("", 1, 1, "the policy is empty")]
    [InlineData("{ \"a\": 1, }", 1, 11, "expected a quoted key")]
    [InlineData("{ \"a\": [1, 2 }", 1, 14, "expected ',' or ']'")]
    [InlineData("{ \"a\": 1 } x", 1, 12, "unexpected 'x' after the end of the policy")]
    [InlineData("{ \"a\": \"open }", 1, 8, "unterminated string")]
    [InlineData("{\n  \"a\": 1,\n  \"a\": 2\n}", 3, 3, "duplicate key 'a'")]
    [InlineData("{ // comment\n}", 1, 3, "expected a quoted key")]
    [InlineData("{ 'a': 1 }", 1, 3, "expected a quoted key")]
    [InlineData("{ \"a\": 01 }", 1, 9, "expected ',' or '}'")]
    [InlineData("{ \"a\": \"\\x\" }", 1, 9, "invalid escape '\\x'")]
    [InlineData("{ \"a\": \"\\u12\" }", 1, 9, "\\u must be followed by four hexadecimal digits")]
    [InlineData("{ \"a\": tru }", 1, 8, "unexpected 't'; a value was expected")]
    [InlineData("{ \"a\" 1 }", 1, 7, "expected ':' after the key 'a'")]
    [InlineData("[", 1, 2, "unexpected end of the policy; a value was expected")]
    [InlineData("{ \"a\": \"tab\there\" }", 1, 12, "control character in a string (write it as an escape)")]
    public void Bad_json_gives_one_positioned_problem(string text, int line, int column, string message)
    {
        var result = PolicyJsonParser.Parse(text);

        Assert.Null(result.Value);
        Assert.Equal(new PolicyProblem(new SourcePosition(line, column), message), result.Problem);
    }

    [Fact]
    public void Deep_nesting_is_a_problem_not_a_stack_overflow()
    {
        var result = PolicyJsonParser.Parse(new string('[', 100_000) + new string(']', 100_000));

        Assert.Null(result.Value);
        Assert.Equal("nested deeper than 64 levels", result.Problem!.Message);
        Assert.Equal(new SourcePosition(1, 65), result.Problem.Position);
    }
}
