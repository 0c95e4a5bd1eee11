using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.Terraform.Configuration;

/// <summary>
/// Reads the top-level blocks of Terraform JSON (<c>*.tf.json</c>), where every level may be an
/// object or an array of objects and a <c>"//"</c> property is a comment (and may hold a suppression).
/// </summary>
internal static class TerraformJsonDeclarations
{
    private static readonly HashSet<string> ModuleMetaArguments = new() { "source", "version", "count", "for_each", "providers", "depends_on", "//" };

    public static TerraformFileDeclarations From(string file, DocMap root)
    {
        var declarations = new TerraformFileDeclarations();
        declarations.Resources.AddRange(Blocks(file, root["resource"]));
        declarations.Data.AddRange(Blocks(file, root["data"]));
        declarations.Variables.AddRange(Merge(root["variable"]).Select(m => new TerraformNamedValue(
            file, m.Key, m.Value is DocMap variable && variable["default"] is { } value ? TerraformValueSyntax.Of(value) : null)));
        declarations.Locals.AddRange(Merge(root["locals"]).Select(m => new TerraformNamedValue(file, m.Key, TerraformValueSyntax.Of(m.Value))));
        foreach (var call in Merge(root["module"]))
        {
            foreach (var body in Objects(call.Value))
            {
                declarations.ModuleCalls.Add(new TerraformModuleCall(
                    file,
                    call.Key,
                    call.KeyPosition,
                    body["source"] is { } source ? TerraformValueSyntax.Of(source) : null,
                    body.Members.Where(m => !ModuleMetaArguments.Contains(m.Key)).GroupBy(m => m.Key).ToDictionary(g => g.Key, g => TerraformValueSyntax.Of(g.Last().Value))));
            }
        }

        foreach (var move in Objects(root["moved"]))
        {
            if (move["from"] is { } from && move["to"] is { } to)
            {
                declarations.Moves.Add((file, TerraformValueSyntax.Of(from), TerraformValueSyntax.Of(to)));
            }
        }

        return declarations;
    }

    /// <summary>A block written as an object, or as an array of objects (Terraform JSON allows both).</summary>
    public static IEnumerable<DocMap> Objects(DocNode? node) => node switch
    {
        DocMap map => new[] { map },
        DocList list => list.Items.OfType<DocMap>(),
        _ => Enumerable.Empty<DocMap>(),
    };

    /// <summary>"resource" or "data": { type: { name: body } }, where a level may also be an array of such objects.</summary>
    private static IEnumerable<TerraformBlockDeclaration> Blocks(string file, DocNode? section)
    {
        foreach (var type in Objects(section).SelectMany(o => o.Members))
        {
            foreach (var name in Objects(type.Value).SelectMany(o => o.Members))
            {
                foreach (var body in Objects(name.Value))
                {
                    yield return new TerraformBlockDeclaration(file, type.Key, name.Key, name.KeyPosition, TerraformBodySyntax.Of(body), Suppressions(body).ToList());
                }
            }
        }
    }

    private static IEnumerable<Suppression> Suppressions(DocMap body)
    {
        var comments = body["//"] switch
        {
            DocScalar scalar => new[] { scalar },
            DocList list => list.Items.OfType<DocScalar>(),
            _ => Enumerable.Empty<DocScalar>(),
        };
        return comments.Where(c => c.Text is not null).SelectMany(c => TerraformSuppressions.Parse(c.Text!, c.Position));
    }

    private static IEnumerable<DocMember> Merge(DocNode? node) => Objects(node).SelectMany(o => o.Members);
}
