using System.Collections.Generic;
using System.Text.RegularExpressions;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Model;

namespace KmsGuardrails.PolicyEngine.Terraform;

/// <summary>
/// Evaluates a Terraform JSON argument: literals as written, and a string that is exactly one
/// interpolation of <c>var.name</c> (through the variable's default) or <c>local.name</c>
/// (through its literal value). Any other expression is unknown, never guessed.
/// </summary>
internal sealed class TerraformValueResolver
{
    private static readonly Regex SingleReference = new(@"^\$\{\s*(var|local)\.([A-Za-z_][\w-]*)\s*\}$", RegexOptions.Compiled);

    private readonly DocMap variables;
    private readonly DocMap locals;

    public TerraformValueResolver(DocMap variables, DocMap locals)
    {
        this.variables = variables;
        this.locals = locals;
    }

    public IReadOnlyList<Alternative> Resolve(DocNode node) => new[] { ResolveOne(node, 0) };

    private Alternative ResolveOne(DocNode node, int depth)
    {
        if (node is not DocScalar { Text: { } text, IsQuoted: true } || !text.Contains("${"))
        {
            return new Alternative(node, node, new string[0]);
        }

        var match = SingleReference.Match(text);
        if (!match.Success || depth > 8)
        {
            return new Alternative(null, node, new string[0]);
        }

        var name = match.Groups[2].Value;
        if (match.Groups[1].Value == "var")
        {
            return variables[name] is DocMap { } variable && variable["default"] is { } value
                ? new Alternative(value, value, new string[0])
                : new Alternative(null, node, new string[0]);
        }

        return locals[name] is { } local ? ResolveOne(local, depth + 1) : new Alternative(null, node, new string[0]);
    }
}
