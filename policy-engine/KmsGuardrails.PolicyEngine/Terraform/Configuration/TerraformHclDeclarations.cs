using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.Hcl.Syntax;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Model;

namespace KmsGuardrails.PolicyEngine.Terraform.Configuration;

/// <summary>
/// Reads the top-level blocks of a <c>.tf</c> file: resources, data sources, variables, locals,
/// module calls and <c>moved</c> blocks. A <c># kms-guardrails:ignore</c> comment inside a block,
/// or in the comment lines right above it, suppresses a finding on that block.
/// </summary>
internal static class TerraformHclDeclarations
{
    private static readonly HashSet<string> ModuleMetaArguments = new() { "source", "version", "count", "for_each", "providers", "depends_on" };

    public static TerraformFileDeclarations From(HclFile file)
    {
        var declarations = new TerraformFileDeclarations();
        var commentLines = file.Comments.ToLookup(c => c.Position.Line);
        foreach (var block in file.Body.Blocks)
        {
            switch (block.Type)
            {
                case "resource" or "data":
                    if (block.Labels.Count != 2)
                    {
                        declarations.Problems.Add(new InputProblem(file.Path, block.Position, $"invalid Terraform: a {block.Type} block needs two labels, a type and a name"));
                        break;
                    }

                    var declaration = new TerraformBlockDeclaration(file.Path, block.Labels[0].Text, block.Labels[1].Text, block.Labels[1].Position,
                        TerraformBodySyntax.Of(block), Suppressions(block, file.Comments, commentLines).ToList());
                    (block.Type == "resource" ? declarations.Resources : declarations.Data).Add(declaration);
                    break;
                case "variable" when block.Labels.Count == 1:
                    var defaultValue = block.Body.Attribute("default")?.Value;
                    declarations.Variables.Add(new TerraformNamedValue(file.Path, block.Labels[0].Text, defaultValue is null ? null : TerraformValueSyntax.Of(defaultValue)));
                    break;
                case "locals":
                    declarations.Locals.AddRange(block.Body.Attributes.Select(a => new TerraformNamedValue(file.Path, a.Name, TerraformValueSyntax.Of(a.Value))));
                    break;
                case "module" when block.Labels.Count == 1:
                    declarations.ModuleCalls.Add(new TerraformModuleCall(
                        file.Path,
                        block.Labels[0].Text,
                        block.Labels[0].Position,
                        block.Body.Attribute("source") is { } source ? TerraformValueSyntax.Of(source.Value) : null,
                        block.Body.Attributes.Where(a => !ModuleMetaArguments.Contains(a.Name)).ToDictionary(a => a.Name, a => TerraformValueSyntax.Of(a.Value))));
                    break;
                case "moved" when block.Body.Attribute("from") is { } from && block.Body.Attribute("to") is { } to:
                    declarations.Moves.Add((file.Path, TerraformValueSyntax.Of(from.Value), TerraformValueSyntax.Of(to.Value)));
                    break;
            }
        }

        return declarations;
    }

    /// <summary>Suppressions in the block's comments or in the run of comment lines directly above it.</summary>
    private static IEnumerable<Suppression> Suppressions(HclBlock block, IReadOnlyList<HclComment> comments, ILookup<int, HclComment> commentLines)
    {
        var first = block.Position.Line;
        while (commentLines.Contains(first - 1))
        {
            first--;
        }

        return comments.Where(c => c.Position.Line >= first && c.Position.Line <= block.EndLine)
            .SelectMany(c => TerraformSuppressions.Parse(c.Content, c.Position));
    }
}
