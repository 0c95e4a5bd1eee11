using System.Linq;
using KmsGuardrails.Hcl.Syntax;

namespace KmsGuardrails.Hcl.Tests;

/// <summary>The HCL parser on every construct of the native syntax, with positions.</summary>
public sealed class HclParserTests
{
    private static HclFile Parse(string text)
    {
        var (file, problem) = HclParser.ParseFile("main.tf", text);
        Assert.True(problem is null, problem?.ToString());
        return file!;
    }

    [Fact]
    public void Blocks_with_labels_nested_blocks_attributes_and_positions()
    {
        var file = Parse("""
            resource "aws_kms_key" "k" {
              description = "a"
              lifecycle { prevent_destroy = true }
              dynamic "x" {
                for_each = []
              }
            }
            terraform {}
            """);

        var resource = file.Body.Blocks[0];
        Assert.Equal(("resource", 1, 1), (resource.Type, resource.Position.Line, resource.Position.Column));
        Assert.Equal(new[] { ("aws_kms_key", 10), ("k", 24) }, resource.Labels.Select(l => (l.Text, l.Position.Column)));
        Assert.Equal((2, 3), (resource.Body.Attributes[0].Position.Line, resource.Body.Attributes[0].Position.Column));
        Assert.Equal((2, 17), (resource.Body.Attributes[0].Value.Position.Line, resource.Body.Attributes[0].Value.Position.Column));
        Assert.Equal(new[] { "lifecycle", "dynamic" }, resource.Body.Blocks.Select(b => b.Type));
        Assert.Equal(7, resource.EndLine);
        Assert.Equal("terraform", file.Body.Blocks[1].Type);
    }

    [Fact]
    public void Comments_of_all_three_kinds_are_kept_and_may_sit_inside_expressions()
    {
        var file = Parse("""
            # hash
            // slashes
            x = [ /* inline */ 1, # after an item
              2, // another
            ]
            """);

        Assert.Equal(new[] { "# hash", "// slashes", "/* inline */", "# after an item", "// another" }, file.Comments.Select(c => c.Text));
        Assert.Equal((3, 7), (file.Comments[2].Position.Line, file.Comments[2].Position.Column));
        Assert.Equal("[1,2]", HclTestScope.Text(new HclTestScope().Evaluate("[ /* c */ 1, # c\n 2 ]")));
    }

    [Theory]
    [InlineData("42", "42")]
    [InlineData("1.50", "1.5")]
    [InlineData("1e3", "1000")]
    [InlineData("true", "true")]
    [InlineData("null", "null")]
    [InlineData("\"tab\\there \\\"quoted\\\" \\u00e9 \\\\\"", "\"tab\there \\\"quoted\\\" é \\\\\"")]
    [InlineData("\"literal $${not.interpolated} %%{not.a.directive}\"", "\"literal ${not.interpolated} %{not.a.directive}\"")]
    public void Literals_and_escapes(string expression, string expected) =>
        Assert.Equal(expected, new HclTestScope().Show(expression));

    [Theory]
    [InlineData("\"key-${var.env}-${1 + 2}\"", "\"key-prod-3\"")]
    [InlineData("\"${var.window}\"", "14")]
    [InlineData("\"${ \"nested ${var.env}\" }!\"", "\"nested prod!\"")]
    [InlineData("\"%{ if var.env == \"prod\" }strict%{ else }lax%{ endif }\"", "\"strict\"")]
    [InlineData("\"%{ for s in [\"a\", \"b\"] }${s};%{ endfor }\"", "\"a;b;\"")]
    [InlineData("\"a   ${~ \"b\" ~}   c\"", "\"abc\"")]
    [InlineData("\"arn:${aws_kms_key.k.arn}\"", "?\"arn:${aws_kms_key.k.arn}\"")]
    public void Templates_with_interpolations_and_directives(string expression, string expected) =>
        Assert.Equal(expected, new HclTestScope().WithVariable("env", "\"prod\"").WithVariable("window", "14").Show(expression));

    [Fact]
    public void Heredocs_plain_and_indented_keep_their_text_and_interpolate()
    {
        var scope = new HclTestScope().WithVariable("account", "\"111122223333\"");

        Assert.Equal("\"line ${x}\n  111122223333\n\"", scope.Show("<<EOT\nline $${x}\n  ${var.account}\nEOT"));
        Assert.Equal("\"{\n  \\\"a\\\": 1\n}\n\"", scope.Show("<<-EOT\n    {\n      \"a\": 1\n    }\n    EOT"));
        Assert.Equal("\"x\n\"", scope.Show("lower(<<EOT\nX\nEOT\n)"));
    }

    [Theory]
    [InlineData("[1, \"two\", [3],]", "[1,\"two\",[3]]")]
    [InlineData("{ a = 1, \"b\" : 2\n c = { d = 3 } }", "{\"a\":1,\"b\":2,\"c\":{\"d\":3}}")]
    [InlineData("{ (var.env) = 1 }", "{\"prod\":1}")]
    [InlineData("merge({ a = 1 }, { b = 2 }, { a = 3 })", "{\"a\":3,\"b\":2}")]
    [InlineData("concat([1], [2, 3])", "[1,2,3]")]
    [InlineData("lookup({ a = 1 }, \"b\", 7)", "7")]
    [InlineData("try(local.settings.missing, \"fallback\")", "\"fallback\"")]
    [InlineData("try(aws_kms_key.k.arn, \"fallback\")", "?try(aws_kms_key.k.arn, \"fallback\")")]
    [InlineData("can(local.settings.window)", "true")]
    [InlineData("jsondecode(\"{\\\"a\\\": [1]}\")", "{\"a\":[1]}")]
    [InlineData("file(\"${path.module}/policy.json\")", "\"{\\\"Version\\\": \\\"2012-10-17\\\"}\"")]
    [InlineData("format(\"%s-%d\", \"key\", 7)", "\"key-7\"")]
    [InlineData("join(\",\", concat([\"a\"], [\"b\"]))", "\"a,b\"")]
    [InlineData("max([1, 5, 3]...)", "5")]
    [InlineData("some_function_we_do_not_model(1)", "?some_function_we_do_not_model(1)")]
    [InlineData("provider::aws::arn_parse(\"x\")", "?provider::aws::arn_parse(\"x\")")]
    public void Collections_and_functions(string expression, string expected) =>
        Assert.Equal(expected, new HclTestScope().WithVariable("env", "\"prod\"").WithLocal("settings", "{ window = 7 }").Show(expression));

    [Theory]
    [InlineData("var.env", "\"prod\"")]
    [InlineData("local.settings.window", "7")]
    [InlineData("local.settings[\"window\"]", "7")]
    [InlineData("local.list[1]", "\"b\"")]
    [InlineData("local.list.0", "\"a\"")]
    [InlineData("aws_kms_key.primary.arn", "?aws_kms_key.primary.arn")]
    [InlineData("module.kms.key_arn", "?module.kms.key_arn")]
    [InlineData("data.aws_iam_policy_document.p.json", "?data.aws_iam_policy_document.p.json")]
    [InlineData("local.objects[*].id", "[1,2]")]
    [InlineData("local.objects.*.id", "[1,2]")]
    [InlineData("aws_kms_key.k[*].arn", "?aws_kms_key.k[*].arn")]
    public void Traversals_indexes_and_splats(string expression, string expected) =>
        Assert.Equal(expected, new HclTestScope().WithVariable("env", "\"prod\"")
            .WithLocal("settings", "{ window = 7 }").WithLocal("list", "[\"a\", \"b\"]").WithLocal("objects", "[{ id = 1 }, { id = 2 }]")
            .Show(expression));

    [Theory]
    [InlineData("var.days * 2 + 1", "15")]
    [InlineData("-var.days", "-7")]
    [InlineData("(var.days + 1) % 3", "2")]
    [InlineData("var.days >= 7 && !false", "true")]
    [InlineData("var.days == 7 || aws_kms_key.k.arn == \"x\"", "true")]
    [InlineData("var.days < 7 ? 30 : 7", "7")]
    [InlineData("aws_kms_key.k.arn != null ? 30 : 7", "?aws_kms_key.k.arn != null ? 30 : 7")]
    [InlineData("1 / 0", "?1 / 0")]
    [InlineData("[for s in [\"a\", \"b\"] : upper(s)]", "[\"A\",\"B\"]")]
    [InlineData("[for i, s in [\"a\", \"b\"] : i if s != \"a\"]", "[1]")]
    [InlineData("{for k, v in { a = 1, b = 2 } : v => k}", "{\"1\":\"a\",\"2\":\"b\"}")]
    [InlineData("{for s in [\"a\", \"b\", \"a\"] : s => s...}", "{\"a\":[\"a\",\"a\"],\"b\":[\"b\"]}")]
    [InlineData("[for s in var.unknown : s]", "?[for s in var.unknown : s]")]
    public void Operators_conditionals_and_for_expressions(string expression, string expected) =>
        Assert.Equal(expected, new HclTestScope().WithVariable("days", "7").Show(expression));

    [Fact]
    public void Jsonencode_keeps_the_tree_with_positions_and_unknown_leaves()
    {
        var value = new HclTestScope().Evaluate("jsonencode({\n  Statement = [{ Effect = \"Allow\", Resource = aws_kms_key.k.arn }]\n})");

        var map = Assert.IsType<KmsGuardrails.Rules.Documents.DocMap>(value);
        Assert.Equal(HclFunctions.JsonEncoded, map.Tag);
        var statement = Assert.IsType<KmsGuardrails.Rules.Documents.DocMap>(((KmsGuardrails.Rules.Documents.DocList)map["Statement"]!).Items[0]);
        Assert.Equal((2, 27), (statement["Effect"]!.Position.Line, statement["Effect"]!.Position.Column));
        Assert.Equal("aws_kms_key.k.arn", Assert.IsType<KmsGuardrails.Rules.Documents.DocUnknown>(statement["Resource"]).Expression);
    }

    [Fact]
    public void Jsonencode_of_a_string_is_its_json_text()
    {
        var value = new HclTestScope().Evaluate("jsonencode(\"say \\\"hi\\\"\\n\\t\\u0001\")");

        Assert.Equal("\"say \\\"hi\\\"\\n\\t\\u0001\"", Assert.IsType<KmsGuardrails.Rules.Documents.DocScalar>(value).Text);
    }
}
