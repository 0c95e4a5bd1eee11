using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.PolicyEngine.Documents;

namespace KmsGuardrails.PolicyEngine.Terraform.Configuration;

/// <summary>
/// A Terraform module: every <c>.tf</c> and <c>.tf.json</c> file of one folder, which share one
/// namespace of variables, locals, resources and data sources.
/// </summary>
internal sealed class TerraformModule
{
    public TerraformModule(string? directory, IReadOnlyList<TerraformFileDeclarations> files, IReadOnlyList<string> fileNames)
    {
        Directory = directory;
        FileNames = fileNames;
        Resources = files.SelectMany(f => f.Resources).ToList();
        Data = files.SelectMany(f => f.Data).ToList();
        ModuleCalls = files.SelectMany(f => f.ModuleCalls).ToList();
        Moves = files.SelectMany(f => f.Moves).ToList();
        Problems = files.SelectMany(f => f.Problems).ToList();
        Variables = First(files.SelectMany(f => f.Variables));
        Locals = First(files.SelectMany(f => f.Locals));
    }

    /// <summary>The folder, for <c>file()</c>, <c>path.module</c> and local module sources; null for a text read on its own.</summary>
    public string? Directory { get; }

    /// <summary>How reports name the module's files.</summary>
    public IReadOnlyList<string> FileNames { get; }

    public IReadOnlyList<TerraformBlockDeclaration> Resources { get; }

    public IReadOnlyList<TerraformBlockDeclaration> Data { get; }

    public IReadOnlyList<TerraformModuleCall> ModuleCalls { get; }

    public IReadOnlyList<(string File, TerraformValueSyntax From, TerraformValueSyntax To)> Moves { get; }

    public IReadOnlyList<InputProblem> Problems { get; }

    public IReadOnlyDictionary<string, TerraformNamedValue> Variables { get; }

    public IReadOnlyDictionary<string, TerraformNamedValue> Locals { get; }

    /// <summary>Terraform rejects a name declared twice; the first declaration is the one read.</summary>
    private static Dictionary<string, TerraformNamedValue> First(IEnumerable<TerraformNamedValue> values)
    {
        var byName = new Dictionary<string, TerraformNamedValue>(System.StringComparer.Ordinal);
        foreach (var value in values)
        {
            byName.TryAdd(value.Name, value);
        }

        return byName;
    }
}
