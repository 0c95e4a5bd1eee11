using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KmsGuardrails.PolicyEngine.Scanning;

namespace KmsGuardrails.PolicyEngine.Tests.Fuzz;

/// <summary>
/// The loaders the fuzz suite covers. Adding a loader (the HCL <c>.tf</c> reader, say) is one entry:
/// its seed fixtures, the kind they are read as, and how a file is scanned.
/// </summary>
public static class FuzzLoaders
{
    private static readonly InfrastructureScanner Scanner = new();

    public static IReadOnlyList<FuzzLoader> All { get; } = new[]
    {
        new FuzzLoader("cloudformation-yaml", InputKind.CloudFormation, Seeds("Fixtures/cloudformation/*.yaml", "Samples/cloudformation/*.yaml"), Scanner.ScanFile, Compare),
        new FuzzLoader("cloudformation-json", InputKind.CloudFormation, Seeds("Fixtures/cloudformation/*.json"), Scanner.ScanFile, Compare),
        new FuzzLoader("terraform-json", InputKind.TerraformJson, Seeds("Fixtures/terraform/*.tf.json", "Samples/terraform/*.tf.json"), Scanner.ScanFile, Compare),
        new FuzzLoader("terraform-plan", InputKind.TerraformPlan, Seeds("Fixtures/terraform/*plan.json", "Samples/terraform/plan.json"), Scanner.ScanFile, Compare),
        new FuzzLoader("key-policy", InputKind.KeyPolicy, Seeds("Fixtures/policies/*key-policy.json", "Samples/key-policies/*.json"), Scanner.ScanFile, Compare),
        new FuzzLoader("terraform-hcl", InputKind.TerraformHcl, Seeds("Fixtures/hcl/kms/*.tf", "Fixtures/hcl/key-policies/*.tf", "Fixtures/hcl/modules/*.tf", "Fixtures/hcl/modules/modules/kms/*.tf", "Samples/terraform/hcl/*.tf"), ScanModuleAlone, Compare),
    };

    /// <summary>A .tf file is read with the rest of its folder (its module): each case gets a folder of its own.</summary>
    private static ScanResult ScanModuleAlone(string path, string displayPath)
    {
        var folder = Directory.CreateTempSubdirectory("kg-fuzz-module-").FullName;
        try
        {
            var alone = Path.Combine(folder, Path.GetFileName(path));
            File.Copy(path, alone);
            return Scanner.ScanFile(alone, displayPath);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Pull-request mode: the file as it was at the base revision, and as it is now.</summary>
    private static ScanResult Compare(string file, string baseText, string headText) => Scanner.ScanChange(file, baseText, file, headText, "base");

    public static FuzzLoader Named(string name) => All.Single(loader => loader.Name == name);

    /// <summary>Files of the test output (fixtures, and the samples copied beside them) matching "folder/pattern".</summary>
    private static IReadOnlyList<string> Seeds(params string[] patterns) =>
        patterns.SelectMany(pattern => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, Path.GetDirectoryName(pattern)!), Path.GetFileName(pattern)))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
}
