using System;
using System.Linq;
using KmsGuardrails.PolicyEngine.Hcl;
using KmsGuardrails.PolicyEngine.Scanning;

namespace KmsGuardrails.PolicyEngine.Tests.Hcl;

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
    public void Values_that_double_at_every_reference_become_unknown_instead_of_exhausting_memory()
    {
        var locals = string.Concat(Enumerable.Range(0, 64).Select(i => $"  l{i + 1} = [local.l{i}, local.l{i}, {{ k = local.l{i} }}]\n  s{i + 1} = \"${{local.s{i}}}${{local.s{i}}}\"\n"));
        var text = "locals {\n  l0 = \"x\"\n  s0 = \"x\"\n" + locals + "}\nresource \"aws_kms_key\" \"k\" {\n  deletion_window_in_days = 3\n  description = local.s64\n  tags = local.l64\n  policy = jsonencode(local.l64)\n}\n";
        var started = DateTime.UtcNow;

        var result = new InfrastructureScanner().ScanText("bomb.tf", text);

        Assert.Contains(result.Findings, f => f.Rule.Id == "KMS001");
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20));
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

    [Fact]
    public void A_broken_file_of_a_module_is_reported_and_the_others_are_still_checked()
    {
        var scanner = new InfrastructureScanner();
        var folder = System.IO.Directory.CreateTempSubdirectory("kms-hcl-").FullName;
        try
        {
            System.IO.File.WriteAllText(System.IO.Path.Combine(folder, "broken.tf"), "resource \"aws_kms_key\" \"a\" {\n");
            System.IO.File.WriteAllBytes(System.IO.Path.Combine(folder, "latin1.tf"), new byte[] { (byte)'#', 0xE9, (byte)'\n' });
            System.IO.File.WriteAllText(System.IO.Path.Combine(folder, "keys.tf"), "resource \"aws_kms_key\" \"b\" {\n  deletion_window_in_days = 3\n}\n");
            var files = new[] { "broken.tf", "keys.tf", "latin1.tf" }.Select(n => new SourceFile(System.IO.Path.Combine(folder, n), n)).ToList();

            var result = scanner.ScanTerraform(files, p => System.IO.Path.GetFileName(p)).Results.Single();

            Assert.Equal(new[] { "broken.tf(2,1): error: invalid HCL: the block is not closed with '}' before the end of the file", "latin1.tf(1,2): error: the file is not valid UTF-8" },
                result.Problems.Select(p => p.ToString()).OrderBy(p => p));
            Assert.Contains(result.Findings, f => f.Rule.Id == "KMS001" && f.File == "keys.tf" && f.Position.Line == 2);
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }
}
