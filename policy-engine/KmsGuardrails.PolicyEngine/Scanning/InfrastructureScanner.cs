using System;
using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.PolicyEngine.Checks;
using KmsGuardrails.PolicyEngine.CloudFormation;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Findings;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.PolicyEngine.Policies;
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
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0)
        {
            return new ScanResult(file, InputKind.Other, Array.Empty<Finding>(), Array.Empty<InputProblem>());
        }

        var document = trimmed[0] is '{' or '['
            ? JsonDocumentReader.Read(file, text, options.Limits)
            : YamlDocumentReader.Read(file, text, options.Limits);
        if (document.Root is not { } root)
        {
            return Failed(file, document.Problem!);
        }

        if (root is not DocMap map)
        {
            return new ScanResult(file, InputKind.Other, Array.Empty<Finding>(), Array.Empty<InputProblem>());
        }

        if (CloudFormationReader.IsTemplate(map))
        {
            return Checked(file, InputKind.CloudFormation, CloudFormationReader.Read(file, map));
        }

        if (TerraformPlanReader.IsPlan(map))
        {
            return Checked(file, InputKind.TerraformPlan, TerraformPlanReader.Read(file, map));
        }

        if (TerraformJsonReader.IsConfiguration(file, map))
        {
            return Checked(file, InputKind.TerraformJson, TerraformJsonReader.Read(file, map));
        }

        if (KeyPolicyFileReader.IsKeyPolicy(map))
        {
            return Checked(file, InputKind.KeyPolicy, KeyPolicyFileReader.Read(file, map));
        }

        return new ScanResult(file, InputKind.Other, Array.Empty<Finding>(), Array.Empty<InputProblem>());
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

    private static ScanResult Failed(string file, InputProblem problem) =>
        new(file, InputKind.Other, Array.Empty<Finding>(), new[] { problem });
}
