using System;
using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.PolicyEngine.Checks;
using KmsGuardrails.PolicyEngine.CloudFormation;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Findings;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.PolicyEngine.Policies;
using KmsGuardrails.PolicyEngine.Revisions;
using KmsGuardrails.PolicyEngine.Terraform;

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

    public ScanResult ScanFile(string path, string displayPath)
    {
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
        var comparable = baseKind is InputKind.CloudFormation or InputKind.TerraformJson && headProblem is null && (after is null || headKind == baseKind);
        var findings = comparable
            ? RevisionComparer.Compare(before, after, baseLabel, removalHonoursRetention: baseKind == InputKind.CloudFormation)
                .SelectMany(change => SuppressionApplier.Apply(change.Suppressions, changeChecks.Check(change)))
                .ToList()
            : new List<Finding>();
        return new ScanResult(headFile, headKind, findings, problems);
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

    /// <summary>What a text is and the model its frontend reads from it; no model for other JSON or YAML.</summary>
    private (InputKind Kind, InfrastructureModel? Model, InputProblem? Problem) Read(string file, string text)
    {
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
            return (InputKind.TerraformJson, TerraformJsonReader.Read(file, map), null);
        }

        return KeyPolicyFileReader.IsKeyPolicy(map)
            ? (InputKind.KeyPolicy, KeyPolicyFileReader.Read(file, map), null)
            : (InputKind.Other, null, null);
    }

    private ScanResult Checked(string file, InputKind kind, InfrastructureModel model)
    {
        var problems = model.Problems.ToList();
        var findings = model.Keys.SelectMany(key => SuppressionApplier.Apply(key.Suppressions, keyChecks.Check(key)))
            .Concat(model.Policies.SelectMany(policy => SuppressionApplier.Apply(policy.Suppressions, PolicyChecks.Check(policy, problems))))
            .Concat(model.Changes.SelectMany(change => SuppressionApplier.Apply(change.Suppressions, changeChecks.Check(change))))
            .OrderBy(f => f.Position.Line).ThenBy(f => f.Position.Column).ThenBy(f => f.Rule.Id, StringComparer.Ordinal)
            .ToList();

        // A key's suppressions also cover its policy; each one without a reason is reported once.
        problems.AddRange(model.Keys.SelectMany(k => SuppressionApplier.WithoutReason(k.File, k.Address, k.Suppressions))
            .Concat(model.Policies.SelectMany(p => SuppressionApplier.WithoutReason(p.File, p.Address, p.Suppressions)))
            .Concat(model.Changes.SelectMany(c => SuppressionApplier.WithoutReason(c.File, c.Address, c.Suppressions)))
            .Distinct());
        return new ScanResult(file, kind, findings, problems);
    }

    private static ScanResult Other(string file) => new(file, InputKind.Other, Array.Empty<Finding>(), Array.Empty<InputProblem>());

    private static ScanResult Failed(string file, InputProblem problem) =>
        new(file, InputKind.Other, Array.Empty<Finding>(), new[] { problem });
}
