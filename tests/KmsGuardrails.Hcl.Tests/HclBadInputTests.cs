using System;
using System.Linq;

namespace KmsGuardrails.Hcl.Tests;

/// <summary>Broken HCL ends in one positioned problem, never an exception or a hang.</summary>
public sealed class HclBadInputTests
{
    [Theory]
    [InlineData("x = \"unterminated\n", 1, 5, "the string is not closed before the end of the line")]
    [InlineData("x = \"unterminated", 1, 5, "the string is not closed before the end of the file")]
    [InlineData("x = <<EOT\nno end\n", 1, 5, "the heredoc is not closed by a line 'EOT'")]
    [InlineData("resource \"a\" \"b\" {\n  x = 1\n", 3, 1, "the block is not closed with '}' before the end of the file")]
    [InlineData("x = 1 2\n", 1, 7, "expected a new line after the argument or block, found '2'")]
    [InlineData("x = \n", 1, 5, "expected an expression, found a new line")]
    [InlineData("x = @\n", 1, 5, "unexpected character '@'")]
    [InlineData("x = \"${var.a\"\n", 1, 13, "expected '}' to close the template sequence, found a string")]
    [InlineData("x = \"%{ if true }a\"\n", 1, 9, "the 'if' directive is not closed with '%{ endif }'")]
    [InlineData("x = \"\\q\"\n", 1, 6, "'\\q' is not an escape sequence of HCL")]
    [InlineData("x = /* open\n", 1, 5, "the comment is not closed with '*/'")]
    [InlineData("x = 1\nx = 2\n", 2, 1, "the argument 'x' is already set at line 1")]
    [InlineData("x = f(1,\n", 2, 1, "expected an expression, found the end of the file")]
    [InlineData("}\n", 1, 1, "expected an argument or block name, found '}'")]
    public void Syntax_errors_are_positioned(string text, int line, int column, string message)
    {
        var (file, problem) = HclParser.ParseFile("main.tf", text);

        Assert.Null(file);
        Assert.Equal((line, column), (problem!.Position.Line, problem.Position.Column));
        Assert.Equal("invalid HCL: " + message, problem.Message);
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{ a = ", "}")]
    [InlineData("(", ")")]
    [InlineData("-", "")]
    [InlineData("\"${", "}\"")]
    public void Nesting_100000_levels_deep_is_refused_quickly(string open, string close)
    {
        var text = "x = " + string.Concat(Enumerable.Repeat(open, 100_000)) + "1" + string.Concat(Enumerable.Repeat(close, 100_000)) + "\n";
        var started = DateTime.UtcNow;

        var (_, problem) = HclParser.ParseFile("deep.tf", text);

        Assert.Contains("nested more than 256 levels deep", problem!.Message);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Deep_blocks_are_refused_too()
    {
        var text = string.Concat(Enumerable.Repeat("a {\n", 100_000)) + string.Concat(Enumerable.Repeat("}\n", 100_000));

        var (_, problem) = HclParser.ParseFile("deep.tf", text);

        Assert.Contains("nested more than 256 levels deep", problem!.Message);
    }

    [Fact]
    public void A_large_configuration_parses_in_linear_time()
    {
        var block = "resource \"aws_s3_bucket\" \"b{0}\" {{\n  bucket = \"logs-${{var.env}}-{0}\"\n  tags   = {{ Name = \"b{0}\", Team = \"platform\" }}\n}}\n";
        var text = string.Concat(Enumerable.Range(0, 50_000).Select(i => string.Format(block, i)));

        var (file, problem) = HclParser.ParseFile("big.tf", text);

        Assert.Null(problem);
        Assert.Equal(50_000, file!.Body.Blocks.Count);
    }
}
