using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using KmsGuardrails.Tests.Shared;
using YamlDotNet.RepresentationModel;

namespace KmsGuardrails.Cli.Tests;

/// <summary>The composite GitHub Action at the repository root: its inputs are safe and its scan step works.</summary>
public sealed class ActionTests : IDisposable
{
    private readonly Workspace workspace = new Workspace().With("infra/keys.yaml", Fixtures.ShortWindow);

    public void Dispose() => workspace.Dispose();

    private static string RepositoryRoot()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "action.yml")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("action.yml not found above the test folder");
        }

        return root;
    }

    private static YamlMappingNode Action()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryRoot(), "action.yml"))));
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

        Assert.Equal(new[] { "paths", "config", "baseline", "fail-on", "min-pending-window-days", "sarif-file", "upload-sarif", "diff-base", "changed-only", "var-files", "dotnet-projects" }, inputs);
    }

    [Fact]
    public void The_scan_step_annotates_writes_sarif_and_reports_the_exit_code()
    {
        var runnerTemp = RunnerTemp(workspace);
        var outputs = Path.Combine(workspace.Path, "github-output");

        var (code, stdout) = RunStep("scan", workspace.Path, new Dictionary<string, string>
        {
            ["RUNNER_TEMP"] = runnerTemp,
            ["GITHUB_OUTPUT"] = outputs,
            ["KG_PATHS"] = "infra\nmissing folder",
            ["KG_FAIL_ON"] = "warning",
            ["KG_MIN_WINDOW"] = "14",
            ["KG_SARIF"] = "out.sarif",
        });

        Assert.Equal(0, code);
        Assert.Contains("::error file=infra/keys.yaml,line=6,col=28,title=KMS001%3A", stdout);
        Assert.True(File.Exists(Path.Combine(workspace.Path, "out.sarif")));
        Assert.Contains("exit-code=2", File.ReadAllText(outputs));
    }

    /// <summary>
    /// The action's shell steps as a pull request runs them: the samples in a repository with a
    /// base and a head commit, the C# sample built with the analyzers injected (its project does
    /// not reference the package), then one scan that compares the templates with the base and
    /// merges the compiler's findings.
    /// </summary>
    [GitFact]
    public void In_a_pull_request_template_changes_and_csharp_findings_reach_one_report()
    {
        SourceFolder.Copy(Path.Combine(RepositoryRoot(), "samples"), Path.Combine(workspace.Path, "samples"));
        var project = Path.Combine(workspace.Path, "samples/csharp/KmsSample/KmsSample.csproj");
        File.WriteAllLines(project, File.ReadAllLines(project).Where(line => !line.Contains("KmsGuardrails.Analyzers", StringComparison.Ordinal)));
        var repository = GitRepository.Init(workspace.Path);
        var baseCommit = repository.CommitAll("base");
        var template = Path.Combine(workspace.Path, "samples/cloudformation/payments-keys.yaml");
        File.WriteAllText(template, File.ReadAllText(template).Replace("  SettlementKey:", "  SettlementsKey:"));
        repository.CommitAll("rename the settlement key");

        var runnerTemp = RunnerTemp(workspace);
        var outputs = Path.Combine(workspace.Path, "github-output");
        var summary = Path.Combine(workspace.Path, "step-summary.md");
        var environment = new Dictionary<string, string>
        {
            ["RUNNER_TEMP"] = runnerTemp,
            ["GITHUB_OUTPUT"] = outputs,
            ["GITHUB_STEP_SUMMARY"] = summary,
            ["ACTION_PATH"] = RepositoryRoot(),
            ["KG_DOTNET_PROJECTS"] = "samples/csharp/KmsSample/KmsSample.csproj",
            ["KG_PATHS"] = "samples",
            ["KG_FAIL_ON"] = "error",
            ["KG_SARIF"] = "kms-guardrails.sarif",
            ["KG_DIFF_BASE"] = baseCommit,
            ["KG_CHANGED_ONLY"] = "false",
        };

        var (buildCode, buildOutput) = RunStep("csharp", workspace.Path, environment);
        var (scanCode, annotations) = RunStep("scan", workspace.Path, environment);

        Assert.True(buildCode == 0, buildOutput);
        Assert.Equal(0, scanCode);
        Assert.Contains("::error file=samples/cloudformation/payments-keys.yaml,line=35,col=3,title=KMS015%3A", annotations);
        Assert.True(annotations.Contains("::error file=samples/csharp/KmsSample/KeyPolicies.cs,line=34,col=105,title=KMS013%3A", StringComparison.Ordinal), buildOutput + annotations);
        Assert.Contains("file=samples/csharp/KmsSample/KeyPolicies.cs,line=34,col=152,title=KMS016%3A", annotations);
        Assert.Contains("KMS015", File.ReadAllText(summary));
        Assert.Contains("KeyPolicies.cs", File.ReadAllText(summary));
        var sarif = File.ReadAllText(Path.Combine(workspace.Path, "kms-guardrails.sarif"));
        Assert.Contains("\"uri\": \"samples/csharp/KmsSample/KeyPolicies.cs\"", sarif);
        Assert.Contains("exit-code=1", File.ReadAllText(outputs));
    }

    /// <summary>RUNNER_TEMP as the action's build step leaves it: the tool and the analyzers, here the ones the test build made.</summary>
    private static string RunnerTemp(Workspace workspace)
    {
        var runnerTemp = Path.Combine(workspace.Path, "runner-temp");
        Directory.CreateDirectory(runnerTemp);
        Directory.CreateSymbolicLink(Path.Combine(runnerTemp, "kms-guardrails"), AppContext.BaseDirectory.TrimEnd('/'));
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/')).Parent!.Name;
        var analyzers = Path.Combine(RepositoryRoot(), "analyzers/KmsGuardrails.Analyzers/bin", configuration, "netstandard2.0");
        Directory.CreateSymbolicLink(Path.Combine(runnerTemp, "kms-guardrails-analyzers"), analyzers);
        return runnerTemp;
    }

    /// <summary>Runs one of the action's shell steps with bash, with only the given environment set for it.</summary>
    private static (int ExitCode, string Output) RunStep(string id, string folder, IReadOnlyDictionary<string, string> environment)
    {
        var step = Steps().Single(s => s.Children.ContainsKey("id") && ((YamlScalarNode)s["id"]).Value == id);
        var start = new ProcessStartInfo("bash") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(((YamlScalarNode)step["run"]).Value!);
        start.Environment.Remove("GITHUB_STEP_SUMMARY");
        foreach (var name in ((YamlMappingNode)step["env"]).Children.Keys.Select(k => ((YamlScalarNode)k).Value!))
        {
            start.Environment[name] = string.Empty;
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var bash = Process.Start(start)!;
        var error = bash.StandardError.ReadToEndAsync();
        var output = bash.StandardOutput.ReadToEnd();
        if (!bash.WaitForExit(600_000))
        {
            bash.Kill(entireProcessTree: true);
            throw new TimeoutException($"the action's {id} step did not finish in 10 minutes");
        }

        return (bash.ExitCode, output + error.Result);
    }
}
