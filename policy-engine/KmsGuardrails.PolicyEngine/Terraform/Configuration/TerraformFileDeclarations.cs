using System.Collections.Generic;
using KmsGuardrails.PolicyEngine.Documents;

namespace KmsGuardrails.PolicyEngine.Terraform.Configuration;

/// <summary>What one <c>.tf</c> or <c>.tf.json</c> file declares, in either syntax, before evaluation.</summary>
internal sealed class TerraformFileDeclarations
{
    public List<TerraformBlockDeclaration> Resources { get; } = new();

    public List<TerraformBlockDeclaration> Data { get; } = new();

    public List<TerraformNamedValue> Variables { get; } = new();

    public List<TerraformNamedValue> Locals { get; } = new();

    public List<TerraformModuleCall> ModuleCalls { get; } = new();

    /// <summary><c>moved</c> blocks: from and to, as written.</summary>
    public List<(string File, TerraformValueSyntax From, TerraformValueSyntax To)> Moves { get; } = new();

    public List<InputProblem> Problems { get; } = new();
}
