using System;
using System.Linq;
using KmsGuardrails.PolicyEngine.Scanning;

namespace KmsGuardrails.PolicyEngine.Tests.Terraform;

/// <summary>Terraform modules that are broken or built to exhaust the evaluator still end in findings and positioned problems.</summary>
public sealed class TerraformBadInputTests
{
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
