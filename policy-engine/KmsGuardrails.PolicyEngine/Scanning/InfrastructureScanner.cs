using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using KmsGuardrails.Hcl;
using KmsGuardrails.PolicyEngine.Checks;
using KmsGuardrails.PolicyEngine.CloudFormation;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Findings;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.PolicyEngine.Policies;
using KmsGuardrails.PolicyEngine.Revisions;
using KmsGuardrails.PolicyEngine.Terraform;
using KmsGuardrails.PolicyEngine.Terraform.Configuration;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Monitoring;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.Scanning;

/// <summary>
/// Scans one input: reads it, detects what it is by its content, translates it into the neutral
/// model and runs the checks. Never throws for bad input: every problem comes back positioned.
/// </summary>
public sealed class InfrastructureScanner
{
    private readonly ScanOptions options;
    private readonly KeyChecks keyChecks;
    private readonly ChangeChecks changeChecks;

    public InfrastructureScanner(ScanOptions? options = null)
    {
        this.options = options ?? ScanOptions.Default;
        keyChecks = new KeyChecks(this.options.Lifecycle);
        changeChecks = new ChangeChecks(this.options.Lifecycle);
    }

    /// <summary>Terraform configuration files (<c>*.tf</c>, <c>*.tf.json</c>), which <see cref="ScanTerraform"/> reads a module at a time.</summary>
    public static bool IsTerraformConfiguration(string path) => TerraformModuleLoader.IsConfigurationFile(path);

    public ScanResult ScanFile(string path, string displayPath)
    {
        if (path.EndsWith(".tf", StringComparison.OrdinalIgnoreCase))
        {
            // A .tf file is read with the rest of its module, for the variables and locals declared beside it.
            var folder = Path.GetDirectoryName(displayPath) ?? string.Empty;
            var results = ScanTerraform(new[] { new SourceFile(path, displayPath) }, p => p == path ? displayPath : Path.Combine(folder, Path.GetFileName(p))).Results;
            return new ScanResult(displayPath, InputKind.TerraformHcl, results.SelectMany(r => r.Findings).ToList(), results.SelectMany(r => r.Problems).ToList());
        }

        var (text, problem) = SourceText.Read(path, displayPath, options.Limits);
        return text is null ? Failed(displayPath, problem!) : ScanText(displayPath, text);
    }

    public ScanResult ScanText(string file, string text)
    {
        var (kind, model, problem) = Read(file, text);
        return problem is not null ? Failed(file, problem) : model is null ? Other(file) : Checked(file, kind, model);
    }

    /// <summary>
    /// KMS015 for the keys of one file between a base revision and the head (pull-request mode).
    /// Either text may be null: the file is new, or the change deletes it. Only the base
    /// revision's problems are reported (with <paramref name="baseLabel"/> in the message): the
    /// head file's own scan reports its problems.
    /// </summary>
    public ScanResult ScanChange(string baseFile, string? baseText, string headFile, string? headText, string baseLabel)
    {
        var (baseKind, before, baseProblem) = ReadRevision(baseFile, baseText);
        var (headKind, after, headProblem) = ReadRevision(headFile, headText);
        if (headText is not null && after is null && headProblem is null)
        {
            // Still there, but no longer a template (emptied, say): its keys are removed, the file is not deleted.
            (headKind, after) = (baseKind, new Revision(headFile, new InfrastructureModel()));
        }

        var problems = baseProblem is null ? new List<InputProblem>() : new List<InputProblem> { baseProblem with { Message = $"{baseProblem.Message} (at {baseLabel})" } };

        // Only configurations declare keys that a deployment keeps or deletes (plans and policies are
        // not compared), and a head that cannot be read says nothing about which keys are gone.
        var comparable = baseKind is InputKind.CloudFormation or InputKind.TerraformJson or InputKind.TerraformHcl && headProblem is null && (after is null || headKind == baseKind);
        var changes = comparable
            ? RevisionComparer.Compare(before, after, baseLabel, removalHonoursRetention: baseKind == InputKind.CloudFormation)
            : new List<KeyChange>();
        var findings = Finding.Once(changes.SelectMany(change => SuppressionApplier.Apply(change.Suppressions, changeChecks.Check(change))));
        return new ScanResult(headFile, headKind, findings, problems) { Monitoring = DeletionMonitoring.Of(new InfrastructureModel(), changes) };
    }

    private (InputKind Kind, Revision? Revision, InputProblem? Problem) ReadRevision(string file, string? text)
    {
        if (text is null)
        {
            return (InputKind.Other, null, null);
        }

        var (kind, model, problem) = Read(file, text);
        return (kind, model is null ? null : new Revision(file, model), problem);
    }

    /// <summary>
    /// The Terraform modules of <paramref name="files"/> (<c>*.tf</c>, <c>*.tf.json</c>): each folder
    /// is a module, read whole. A folder that another scanned folder calls as a local module is read
    /// through that call (with its arguments, findings naming <c>module.name</c>), not on its own.
    /// Findings are kept for the given files and the modules they call.
    /// </summary>
    public TerraformScan ScanTerraform(IReadOnlyList<SourceFile> files, Func<string, string> display)
    {
        var loader = new TerraformModuleLoader(display, options.Limits);
        var folders = files.GroupBy(f => Path.GetDirectoryName(f.FullPath) ?? string.Empty).ToList();
        var called = folders.SelectMany(g => LocalModuleFolders(g.Key, loader)).ToHashSet(StringComparer.Ordinal);
        var roots = folders.Where(g => !called.Contains(g.Key)).ToList();
        var scanned = new (ScanResult Result, IReadOnlyList<RemoteModuleCall> Remote)[roots.Count];
        Parallel.For(0, roots.Count, i => scanned[i] = ScanModule(roots[i].Key, roots[i].Select(f => f.DisplayPath).ToHashSet(StringComparer.Ordinal), loader, display));
        return new TerraformScan(scanned.Select(s => s.Result).ToList(), scanned.SelectMany(s => s.Remote).ToList());
    }

    private (ScanResult, IReadOnlyList<RemoteModuleCall>) ScanModule(string folder, HashSet<string> inputs, TerraformModuleLoader loader, Func<string, string> display)
    {
        if (loader.Load(folder) is not { } module)
        {
            return (Failed(display(folder), new InputProblem(display(folder), new SourcePosition(1, 1), "the folder cannot be read")), Array.Empty<RemoteModuleCall>());
        }

        var (values, variableProblems) = TerraformVariableFiles.Read(folder, options.TerraformVariableFiles, display, options.Limits);
        var (model, remote) = TerraformConfigurationReader.Read(module, values, loader.Load, options.Limits);

        // The module's other files give variables and locals; only the given ones (and called modules) are reported.
        bool Reported(string file) => !module.FileNames.Contains(file) || inputs.Contains(file);
        var reported = new InfrastructureModel
        {
            Keys = model.Keys.Where(k => Reported(k.File)).ToList(),
            Policies = model.Policies.Where(p => Reported(p.File)).ToList(),
            Moves = model.Moves,
            MetricFilters = model.MetricFilters,
            Alarms = model.Alarms,
            Problems = model.Problems.Where(p => Reported(p.File)).Concat(variableProblems).ToList(),
        };
        var kind = module.FileNames.Any(f => f.EndsWith(".tf", StringComparison.OrdinalIgnoreCase)) ? InputKind.TerraformHcl : InputKind.TerraformJson;
        return (Checked(display(folder), kind, reported), remote.Where(r => Reported(r.File)).ToList());
    }

    /// <summary>The folders a module calls with a local source.</summary>
    private IEnumerable<string> LocalModuleFolders(string folder, TerraformModuleLoader loader)
    {
        if (loader.Load(folder) is not { } module)
        {
            return Enumerable.Empty<string>();
        }

        var scope = new TerraformScope(module, new Dictionary<string, DocNode>(), options.Limits);
        return module.ModuleCalls
            .Select(call => call.Source?.Evaluate(scope.EvaluatorFor(call.File)) is DocScalar { Text: { } source } && TerraformModuleSources.IsLocal(source)
                ? Path.GetFullPath(Path.Combine(folder, source))
                : null)
            .OfType<string>()
            .ToList();
    }

    /// <summary>What a text is and the model its frontend reads from it; no model for other JSON or YAML.</summary>
    private (InputKind Kind, InfrastructureModel? Model, InputProblem? Problem) Read(string file, string text)
    {
        if (file.EndsWith(".tf", StringComparison.OrdinalIgnoreCase))
        {
            var (hcl, syntaxProblem) = HclParser.ParseFile(file, text, options.Limits);
            return hcl is null ? (InputKind.TerraformHcl, null, InputProblem.In(file, syntaxProblem!)) : (InputKind.TerraformHcl, ReadTerraform(file, TerraformHclDeclarations.From(hcl)), null);
        }

        if (file.EndsWith(".tfvars", StringComparison.OrdinalIgnoreCase))
        {
            return (InputKind.Other, null, null);
        }

        var trimmed = text.TrimStart();
        if (trimmed.Length == 0)
        {
            return (InputKind.Other, null, null);
        }

        var document = trimmed[0] is '{' or '['
            ? JsonDocumentReader.Read(file, text, options.Limits)
            : YamlDocumentReader.Read(file, text, options.Limits);
        if (document.Root is not { } root)
        {
            // Like a blank file, a YAML file of comments only is not an input.
            return (InputKind.Other, null, document.IsEmpty ? null : document.Problem!);
        }

        if (root is not DocMap map)
        {
            return (InputKind.Other, null, null);
        }

        if (CloudFormationReader.IsTemplate(map))
        {
            return (InputKind.CloudFormation, CloudFormationReader.Read(file, map), null);
        }

        if (TerraformPlanReader.IsPlan(map))
        {
            return (InputKind.TerraformPlan, TerraformPlanReader.Read(file, map), null);
        }

        if (TerraformJsonReader.IsConfiguration(file, map))
        {
            return (InputKind.TerraformJson, ReadTerraform(file, TerraformJsonDeclarations.From(file, map)), null);
        }

        return KeyPolicyFileReader.IsKeyPolicy(map)
            ? (InputKind.KeyPolicy, KeyPolicyFileReader.Read(file, map), null)
            : (InputKind.Other, null, null);
    }

    /// <summary>One file read on its own, as a module without a folder: no tfvars, no module calls followed.</summary>
    private InfrastructureModel ReadTerraform(string file, TerraformFileDeclarations declarations) =>
        TerraformConfigurationReader.Read(new TerraformModule(null, new[] { declarations }, new[] { file }), new Dictionary<string, DocNode>(), _ => null, options.Limits).Model;

    private ScanResult Checked(string file, InputKind kind, InfrastructureModel model)
    {
        var problems = model.Problems.ToList();
        var findings = model.Keys.SelectMany(key => SuppressionApplier.Apply(key.Suppressions, keyChecks.Check(key)))
            .Concat(model.Policies.SelectMany(policy => SuppressionApplier.Apply(policy.Suppressions, PolicyChecks.Check(policy, problems, options.Policy))))
            .Concat(Finding.Once(model.Changes.SelectMany(change => SuppressionApplier.Apply(change.Suppressions, changeChecks.Check(change)))))
            .OrderBy(f => f.Position.Line).ThenBy(f => f.Position.Column).ThenBy(f => f.Rule.Id, StringComparer.Ordinal)
            .ToList();

        // A key's suppressions also cover its policy; each one without a reason is reported once.
        problems.AddRange(model.Keys.SelectMany(k => SuppressionApplier.WithoutReason(k.File, k.Address, k.Suppressions))
            .Concat(model.Policies.SelectMany(p => SuppressionApplier.WithoutReason(p.File, p.Address, p.Suppressions)))
            .Concat(model.Changes.SelectMany(c => SuppressionApplier.WithoutReason(c.File, c.Address, c.Suppressions)))
            .Distinct());
        return new ScanResult(file, kind, findings, problems) { Monitoring = DeletionMonitoring.Of(model, model.Changes) };
    }

    /// <summary>
    /// KMS017, decided over every result of a scan: whether an alarm anywhere in it watches for
    /// attempted use of keys pending deletion. When none does, a note once (at the first key
    /// declared) and a warning at each change that deletes a key. The <paramref name="context"/>
    /// results (files read but not reported) give alarms, not findings.
    /// </summary>
    public IReadOnlyList<Finding> CheckAcrossFiles(IEnumerable<ScanResult> results, IEnumerable<ScanResult>? context = null)
    {
        var monitoring = results.Aggregate(DeletionMonitoring.Empty, (all, result) => all.Plus(result.Monitoring));
        var around = (context ?? Enumerable.Empty<ScanResult>()).Aggregate(monitoring, (all, result) => all.Plus(result.Monitoring with { Keys = new KeyDeclaration[0], Removals = new KeyChange[0] }));
        var alarms = DeletionAlarms.Of(around.Filters, around.Alarms, options.Monitoring);
        var findings = new List<Finding>();
        var keys = monitoring.Keys.GroupBy(k => (k.File, k.Address)).Select(g => g.First())
            .OrderBy(k => k.File, StringComparer.Ordinal).ThenBy(k => k.Position.Line).ThenBy(k => k.Position.Column).ToList();
        if (alarms.ForDeclaredKeys(keys.Count) is { } note)
        {
            var first = keys[0];
            findings.AddRange(SuppressionApplier.Apply(first.Suppressions, new[] { Finding.From(note, first.File, first.Position, first.Address) }));
        }

        if (alarms.ForRemoval() is { } warning)
        {
            findings.AddRange(monitoring.Removals.SelectMany(change => SuppressionApplier.Apply(change.Suppressions, new[] { Finding.From(warning, change.File, change.Position, change.Address) })));
        }

        return Finding.Once(findings);
    }

    private static ScanResult Other(string file) => new(file, InputKind.Other, Array.Empty<Finding>(), Array.Empty<InputProblem>());

    private static ScanResult Failed(string file, InputProblem problem) =>
        new(file, InputKind.Other, Array.Empty<Finding>(), new[] { problem });
}
