using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace KmsGuardrails.Cli.Tests;

/// <summary>The composite GitHub Action at the repository root: its inputs are safe and its scan step works.</summary>
public sealed class ActionTests : IDisposable
{
    private readonly Workspace workspace = new Workspace().With("infra/keys.yaml", Fixtures.ShortWindow);

    public void Dispose() => workspace.Dispose();

    private static YamlMappingNode Action()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "action.yml")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("action.yml not found above the test folder");
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(root, "action.yml"))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<YamlMappingNode> Steps() =>
        ((YamlSequenceNode)((YamlMappingNode)Action()["runs"])["steps"]).Children.Cast<YamlMappingNode>();

    [Fact]
    public void Inputs_reach_shell_steps_only_through_the_environment()
    {
        var scripts = Steps().Where(s => s.Children.ContainsKey("run")).Select(s => ((YamlScalarNode)s["run"]).Value!).ToList();

        Assert.NotEmpty(scripts);
        Assert.All(scripts, script => Assert.DoesNotContain("${{", script));
    }

    [Fact]
    public void It_declares_the_documented_inputs()
    {
        var inputs = ((YamlMappingNode)Action()["inputs"]).Children.Keys.Select(k => ((YamlScalarNode)k).Value).ToList();

        Assert.Equal(new[] { "paths", "config", "baseline", "fail-on", "min-pending-window-days", "sarif-file", "upload-sarif" }, inputs);
    }

    [Fact]
    public void The_scan_step_annotates_writes_sarif_and_reports_the_exit_code()
    {
        var script = ((YamlScalarNode)Steps().Single(s => s.Children.ContainsKey("id") && ((YamlScalarNode)s["id"]).Value == "scan")["run"]).Value!;
        var runnerTemp = Path.Combine(workspace.Path, "runner-temp");
        Directory.CreateDirectory(runnerTemp);
        Directory.CreateSymbolicLink(Path.Combine(runnerTemp, "kms-guardrails"), AppContext.BaseDirectory.TrimEnd('/'));
        var outputs = Path.Combine(workspace.Path, "github-output");

        var start = new ProcessStartInfo("bash") { WorkingDirectory = workspace.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.Environment["RUNNER_TEMP"] = runnerTemp;
        start.Environment["GITHUB_OUTPUT"] = outputs;
        start.Environment.Remove("GITHUB_STEP_SUMMARY");
        start.Environment["KG_PATHS"] = "infra\nmissing folder";
        start.Environment["KG_CONFIG"] = string.Empty;
        start.Environment["KG_BASELINE"] = string.Empty;
        start.Environment["KG_FAIL_ON"] = "warning";
        start.Environment["KG_MIN_WINDOW"] = "14";
        start.Environment["KG_SARIF"] = "out.sarif";
        using var bash = Process.Start(start)!;
        var stdout = bash.StandardOutput.ReadToEnd();
        bash.WaitForExit();

        Assert.Equal(0, bash.ExitCode);
        Assert.Contains("::error file=infra/keys.yaml,line=6,col=28,title=KMS001%3A", stdout);
        Assert.True(File.Exists(Path.Combine(workspace.Path, "out.sarif")));
        Assert.Contains("exit-code=2", File.ReadAllText(outputs));
    }
}
