using System;
using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.PolicyEngine.Checks;
using KmsGuardrails.PolicyEngine.CloudFormation;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Findings;
using KmsGuardrails.PolicyEngine.Model;
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

        if (root is DocMap map && CloudFormationReader.IsTemplate(map))
        {
            var (keys, problems) = CloudFormationReader.Read(file, map);
            return Checked(file, InputKind.CloudFormation, keys, problems);
        }

        if (root is DocMap plan && TerraformPlanReader.IsPlan(plan))
        {
            var (keys, changes) = TerraformPlanReader.Read(file, plan);
            return Checked(file, InputKind.TerraformPlan, keys, Array.Empty<InputProblem>(), changes);
        }

        if (root is DocMap configuration && TerraformJsonReader.IsConfiguration(file, configuration))
        {
            var (keys, problems) = TerraformJsonReader.Read(file, configuration);
            return Checked(file, InputKind.TerraformJson, keys, problems);
        }

        return new ScanResult(file, InputKind.Other, Array.Empty<Finding>(), Array.Empty<InputProblem>());
    }

    private ScanResult Checked(string file, InputKind kind, IReadOnlyList<KeyDeclaration> keys, IReadOnlyList<InputProblem> readProblems, IReadOnlyList<KeyChange>? changes = null)
    {
        var problems = readProblems.ToList();
        var findings = keys
            .SelectMany(key => SuppressionApplier.Apply(key.Address, key.File, key.Suppressions, keyChecks.Check(key), problems))
            .Concat((changes ?? Array.Empty<KeyChange>()).SelectMany(change => SuppressionApplier.Apply(change.Address, change.File, change.Suppressions, changeChecks.Check(change), problems)))
            .OrderBy(f => f.Position.Line).ThenBy(f => f.Position.Column).ThenBy(f => f.Rule.Id, StringComparer.Ordinal)
            .ToList();
        return new ScanResult(file, kind, findings, problems);
    }

    private static ScanResult Failed(string file, InputProblem problem) =>
        new(file, InputKind.Other, Array.Empty<Finding>(), new[] { problem });
}
