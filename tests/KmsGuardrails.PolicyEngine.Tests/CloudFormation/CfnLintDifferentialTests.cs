using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using KmsGuardrails.PolicyEngine.Scanning;
using KmsGuardrails.Tests.Shared;
using Xunit.Abstractions;

namespace KmsGuardrails.PolicyEngine.Tests.CloudFormation;

/// <summary>
/// Runs cfn-lint on every CloudFormation fixture and checks that KMS001 fires on exactly the
/// lines where cfn-lint reports a PendingWindowInDays out of range: E3034 for literal values,
/// W1030 for parameter values (at the parameter) and W1034 for mapping values (at the FindInMap).
/// </summary>
public sealed class CfnLintDifferentialTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "cloudformation");

    private readonly ITestOutputHelper output;

    public CfnLintDifferentialTests(ITestOutputHelper output) => this.output = output;

    [CfnLintFact]
    public void KMS001_fires_exactly_where_cfn_lint_reports_the_window_out_of_range()
    {
        var files = Directory.GetFiles(Fixtures).Select(Path.GetFileName).OrderBy(f => f).ToArray();
        var theirs = CfnLint(files!)
            .Where(line => line.Rule == "E3034" && LineText(line.File, line.Line).Contains("PendingWindowInDays", StringComparison.Ordinal)
                || line.Rule == "W1030" && line.Message.Contains("/PendingWindowInDays'", StringComparison.Ordinal)
                || line.Rule == "W1034" && LineText(line.File, line.Line).Contains("PendingWindowInDays", StringComparison.Ordinal))
            .Select(line => $"{line.File}:{line.Line}")
            .OrderBy(x => x, StringComparer.Ordinal)
            .ToArray();

        var scanner = new InfrastructureScanner();
        var ours = files
            .SelectMany(file => scanner.ScanFile(Path.Combine(Fixtures, file!), file!).Findings)
            .Where(finding => finding.Rule.Id == "KMS001")
            .Select(finding => $"{finding.File}:{finding.Position.Line}")
            .Distinct()
            .OrderBy(x => x, StringComparer.Ordinal)
            .ToArray();

        output.WriteLine("cfn-lint: " + string.Join(", ", theirs));
        Assert.NotEmpty(theirs);
        Assert.Equal(theirs, ours);
    }

    private static (string File, int Line, string Rule, string Message)[] CfnLint(string[] files)
    {
        var start = new ProcessStartInfo(ExternalTool.Find(CfnLintFactAttribute.Command)!)
        {
            WorkingDirectory = Fixtures,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--format");
        start.ArgumentList.Add("parseable");
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("cfn-lint did not finish in 2 minutes");
        }

        return Regex.Matches(text, @"^(?<file>[^:\r\n]+):(?<line>\d+):\d+:\d+:\d+:(?<rule>[A-Z]\d+):(?<message>.*)$", RegexOptions.Multiline)
            .Select(m => (m.Groups["file"].Value, int.Parse(m.Groups["line"].Value), m.Groups["rule"].Value, m.Groups["message"].Value))
            .ToArray();
    }

    private static string LineText(string file, int line) => File.ReadAllLines(Path.Combine(Fixtures, file))[line - 1];
}
