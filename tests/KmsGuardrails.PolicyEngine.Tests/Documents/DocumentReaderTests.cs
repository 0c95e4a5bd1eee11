using System.Linq;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.Tests.Documents;

public sealed class DocumentReaderTests
{
    private const string Json = "{\n  \"Resources\": {\n    \"Key\": { \"Type\": \"AWS::KMS::Key\", \"Properties\": { \"PendingWindowInDays\": 3, \"Description\": \"a \\\"quoted\\\" word\" } }\n  }\n}";

    [Fact]
    public void Json_positions_are_where_each_key_and_value_starts()
    {
        var root = (DocMap)JsonDocumentReader.Read("t.json", Json).Root!;
        var key = (DocMap)((DocMap)root["Resources"]!)["Key"]!;
        var properties = (DocMap)key["Properties"]!;

        Assert.Equal(new SourcePosition(1, 1), root.Position);
        Assert.Equal(new SourcePosition(2, 3), root.Member("Resources")!.KeyPosition);
        Assert.Equal(new SourcePosition(3, 12), key.Position);
        Assert.Equal(new SourcePosition(3, 22), key["Type"]!.Position);
        Assert.Equal(new SourcePosition(3, 55), properties.Member("PendingWindowInDays")!.KeyPosition);
        Assert.Equal(new SourcePosition(3, 78), properties["PendingWindowInDays"]!.Position);
        Assert.Equal(3, ((DocScalar)properties["PendingWindowInDays"]!).AsInt32());
        Assert.Equal(new SourcePosition(3, 96), properties["Description"]!.Position);
        Assert.Equal("a \"quoted\" word", ((DocScalar)properties["Description"]!).Text);
    }

    [Fact]
    public void A_json_property_name_is_found_when_its_colon_is_on_the_next_line()
    {
        var root = (DocMap)JsonDocumentReader.Read("t.json", "{\n  \"a\"\n    : 1 }").Root!;

        Assert.Equal(new SourcePosition(2, 3), root.Member("a")!.KeyPosition);
    }

    [Fact]
    public void Yaml_keeps_short_form_tags_and_start_positions()
    {
        const string yaml = "Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      PendingWindowInDays: !Ref Days\n      Enabled: 'true'\n      Description: ~\n";

        var root = (DocMap)YamlDocumentReader.Read("t.yaml", yaml).Root!;
        var properties = (DocMap)((DocMap)((DocMap)root["Resources"]!)["Key"]!)["Properties"]!;

        var window = (DocScalar)properties["PendingWindowInDays"]!;
        Assert.Equal("!Ref", window.Tag);
        Assert.Equal("Days", window.Text);
        Assert.Equal(new SourcePosition(5, 28), window.Position);
        Assert.True(((DocScalar)properties["Enabled"]!).IsQuoted);
        Assert.Null(((DocScalar)properties["Description"]!).Text);
    }

    [Theory]
    [InlineData("{\"a\": 1, \"a\": 2}", 1, 10, "duplicate key 'a'")]
    [InlineData("{\"a\": [1, 2", 1, 12, "ends before it is complete")]
    [InlineData("{\"a\": 1} x", 1, 10, "invalid JSON")]
    [InlineData("", 1, 1, "empty")]
    [InlineData("{\"a\": 1,\n", 2, 1, "ends before it is complete")]
    [InlineData("{\"a\": \"x\r\n", 1, 7, "the string is not closed before the end of the line")]
    [InlineData("{\"a\": 1,\n  b: 2 }", 2, 3, "property names must be in double quotes")]
    public void Bad_json_is_a_positioned_problem(string text, int line, int column, string message)
    {
        var result = JsonDocumentReader.Read("bad.json", text);

        Assert.Null(result.Root);
        Assert.Equal("bad.json", result.Problem!.File);
        Assert.Equal(new SourcePosition(line, column), result.Problem.Position);
        Assert.Contains(message, result.Problem.Message);
    }

    [Theory]
    [InlineData("a: 1\na: 2\n", 2, 1, "duplicate key 'a'")]
    [InlineData("a: [1, 2\n", 2, 1, "invalid YAML")]
    [InlineData("a: *nothing\n", 1, 4, "invalid YAML")]
    [InlineData("", 1, 1, "empty")]
    [InlineData("a: [1, 2", 1, 9, "invalid YAML")]
    [InlineData("a:\n  - { x\n b: c\n\n  d:\n     \"*\" }\n", 2, 3, "the YAML parser failed")]
    public void Bad_yaml_is_a_positioned_problem(string text, int line, int column, string message)
    {
        var result = YamlDocumentReader.Read("bad.yaml", text);

        Assert.Null(result.Root);
        Assert.Equal(new SourcePosition(line, column), result.Problem!.Position);
        Assert.Contains(message, result.Problem.Message);
    }

    [Fact]
    public void A_yaml_alias_bomb_is_refused()
    {
        var lines = new[] { "a: &a [x, x, x, x, x, x, x, x, x, x]" }
            .Concat(Enumerable.Range(1, 9).Select(i => $"{(char)('a' + i)}: &{(char)('a' + i)} [*{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}]"));

        var result = YamlDocumentReader.Read("bomb.yaml", string.Join("\n", lines));

        Assert.Null(result.Root);
        Assert.Contains("alias bomb", result.Problem!.Message);
    }

    [Fact]
    public void A_long_string_aliased_again_and_again_is_refused()
    {
        // Few nodes, but each alias reads the anchored text again: 200 times 1 MB is more than a file may hold.
        var text = "p: &p '" + new string('x', 1024 * 1024) + "'\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"k{i}: *p\n"));

        var result = YamlDocumentReader.Read("amplified.yaml", text, new DocumentLimits { MaximumFileBytes = 64L * 1024 * 1024 });

        Assert.Null(result.Root);
        Assert.Equal(new SourcePosition(66, 6), result.Problem!.Position);
        Assert.Contains("aliases expand the document by more than 64 MB of text", result.Problem.Message);
    }

    [Fact]
    public void Aliases_do_not_make_the_tree_deeper_than_the_limit()
    {
        // Each anchor wraps the one before in 200 more levels: 30,000 levels once expanded, in 150 lines.
        var lines = new[] { "a0: &a0 [1]" }.Concat(Enumerable.Range(1, 150).Select(i => $"a{i}: &a{i} {new string('[', 200)}*a{i - 1}{new string(']', 200)}"));

        var result = YamlDocumentReader.Read("chain.yaml", string.Join("\n", lines));

        Assert.Null(result.Root);
        Assert.Equal(new SourcePosition(3, 209), result.Problem!.Position);
        Assert.Equal("the document nests deeper than 256 levels through the alias *a1", result.Problem.Message);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("yaml")]
    public void Deep_nesting_is_refused_with_a_position(string format)
    {
        var text = new string('[', 100_000) + new string(']', 100_000);

        var result = format == "json" ? JsonDocumentReader.Read("deep", text) : YamlDocumentReader.Read("deep", text);

        Assert.Null(result.Root);
        Assert.Equal(1, result.Problem!.Position.Line);
        Assert.InRange(result.Problem.Position.Column, 256, 258);
    }
}
