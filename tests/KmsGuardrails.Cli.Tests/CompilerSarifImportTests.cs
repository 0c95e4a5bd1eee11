using System;

namespace KmsGuardrails.Cli.Tests;

/// <summary><c>--import-sarif</c>: the C# compiler's KmsGuardrails results join the report.</summary>
public sealed class CompilerSarifImportTests : IDisposable
{
    private readonly Workspace workspace = new();

    public void Dispose() => workspace.Dispose();

    private string Log(string results) => $$"""
        { "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
          "runs": [ { "tool": { "driver": { "name": "Microsoft (R) Visual C# Compiler" } }, "results": [ {{results}} ] } ] }
        """;

    private string Result(string id, int line, int column, string suppressions = "") => $$"""
        { "ruleId": "{{id}}", "level": "error", "message": { "text": "message of {{id}}" },
          "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file://{{workspace.Path}}/src/Keys.cs" }, "region": { "startLine": {{line}}, "startColumn": {{column}} } } } ]{{suppressions}} }
        """;

    [Fact]
    public void Kms_results_are_reported_once_with_relative_paths_and_other_analyzers_are_left_out()
    {
        workspace.With("logs/App.net8.0.sarif", Log(Result("KMS001", 12, 40) + "," + Result("CA2000", 3, 1) + "," + Result("KMS008", 20, 15, ", \"suppressions\": [ { \"kind\": \"inSource\" } ]")))
            .With("logs/App.net10.0.sarif", Log(Result("KMS001", 12, 40)));

        var (code, output, _) = CliRunner.Run(workspace.Path, "scan", "logs", "--import-sarif", "logs");

        Assert.Equal(1, code);
        Assert.Single(output.Split('\n'), line => line.StartsWith("src/Keys.cs(12,40): error KMS001: message of KMS001", StringComparison.Ordinal));
        Assert.DoesNotContain("CA2000", output);
        Assert.DoesNotContain("KMS008", output);
    }

    [Fact]
    public void A_log_that_is_not_sarif_or_not_there_is_an_input_error_naming_it()
    {
        workspace.With("logs/broken.sarif", "{ \"runs\": [ ");

        var (broken, brokenOutput, _) = CliRunner.Run(workspace.Path, "scan", "logs", "--import-sarif", "logs/broken.sarif");
        var (missing, missingOutput, _) = CliRunner.Run(workspace.Path, "scan", "logs", "--import-sarif", "nowhere");

        Assert.Equal(2, broken);
        Assert.Contains("logs/broken.sarif(1,1): error: not a readable SARIF 2.1 log", brokenOutput);
        Assert.Equal(2, missing);
        Assert.Contains("nowhere(1,1): error: no SARIF log found here", missingOutput);
    }
}
