using System;
using System.IO;
using System.Linq;

namespace KmsGuardrails.Cli.Tests;

/// <summary>A folder of .tf files scanned from the command line: modules, variable files and remote sources.</summary>
public sealed class TerraformHclCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("kms-hcl-cli-").FullName;

    public TerraformHclCommandTests()
    {
        Write("live/prod/main.tf", """
            variable "window" {
              default = 14
            }
            module "keys" {
              source = "../../modules/kms"
              window = var.window
            }
            module "vendor" {
              source = "git::https://example.invalid/kms.git"
            }
            """);
        Write("live/prod/terraform.tfvars", "window = 5\n");
        Write("live/prod/strict.tfvars", "window = 30\n");
        Write("live/dev/main.tf", """
            module "vendor" {
              source  = "terraform-aws-modules/kms/aws"
              version = "3.1.0"
            }
            """);
        Write("modules/kms/main.tf", """
            variable "window" {}
            resource "aws_kms_key" "this" {
              deletion_window_in_days = var.window
              lifecycle {
                prevent_destroy = true
              }
            }
            """);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Findings_point_into_the_module_file_and_name_the_calling_module()
    {
        var (exit, output, _) = CliRunner.Run(folder, "scan", ".");

        Assert.Equal(1, exit);
        Assert.Contains("modules/kms/main.tf(3,29): error KMS001: Key 'module.keys.aws_kms_key.this': a deletion waiting period of 5 days", output);
        Assert.Contains("3 file(s) scanned", output);
    }

    [Fact]
    public void A_var_file_overrides_terraform_tfvars()
    {
        var (exit, output, _) = CliRunner.Run(folder, "scan", ".", "--var-file", "live/prod/strict.tfvars");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("KMS001", output);
    }

    [Fact]
    public void Remote_module_sources_are_said_once_per_scan_as_a_warning()
    {
        var (exit, output, _) = CliRunner.Run(folder, "scan", ".", "--fail-on", "none");

        Assert.Equal(0, exit);
        var notes = output.Split('\n').Where(l => l.Contains("not fetched", StringComparison.Ordinal)).ToList();
        var note = Assert.Single(notes);
        Assert.StartsWith("live/dev/main.tf(1,8): warning: 2 module calls with a registry, git or other remote source are not fetched", note);
        Assert.Contains("module.vendor (git::https://example.invalid/kms.git), module.vendor (terraform-aws-modules/kms/aws)", note);
    }

    [Fact]
    public void A_syntax_error_is_positioned_and_the_rest_of_the_module_is_still_checked()
    {
        Write("modules/kms/broken.tf", "locals {\n  a = \"open\n}\n");

        var (exit, output, _) = CliRunner.Run(folder, "scan", ".");

        Assert.Equal(2, exit);
        Assert.Contains("modules/kms/broken.tf(2,7): error: invalid HCL: the string is not closed before the end of the line", output);
        Assert.Contains("error KMS001: Key 'module.keys.aws_kms_key.this'", output);
    }

    [Fact]
    public void A_missing_var_file_is_an_input_error()
    {
        var (exit, output, _) = CliRunner.Run(folder, "scan", ".", "--var-file", "nope.tfvars");

        Assert.Equal(2, exit);
        Assert.Contains("nope.tfvars(1,1): error: the variable file does not exist", output);
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
