using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.Hcl;
using KmsGuardrails.Hcl.Syntax;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.Terraform.Configuration;

/// <summary>
/// A resource or data body in either syntax, evaluated into the shape Terraform JSON writes it in:
/// arguments as values, nested blocks as lists of objects under their type. A <c>dynamic</c> block
/// gives an unknown element, since its content depends on its <c>for_each</c>.
/// </summary>
internal abstract class TerraformBodySyntax
{
    public abstract DocMap Evaluate(HclEvaluator evaluator);

    public static TerraformBodySyntax Of(HclBlock block) => new Hcl(block);

    public static TerraformBodySyntax Of(DocMap body) => new Json(body);

    private sealed class Hcl : TerraformBodySyntax
    {
        private readonly HclBlock block;

        public Hcl(HclBlock block) => this.block = block;

        public override DocMap Evaluate(HclEvaluator evaluator) => Body(block, evaluator);

        private static DocMap Body(HclBlock block, HclEvaluator evaluator)
        {
            var members = block.Body.Attributes
                .Select(a => new DocMember(a.Name, a.Position, evaluator.Evaluate(a.Value)))
                .ToList();
            foreach (var group in block.Body.Blocks.GroupBy(b => b.Type == "dynamic" && b.Labels.Count > 0 ? b.Labels[0].Text : b.Type))
            {
                var items = group.Select(b => b.Type == "dynamic"
                    ? (DocNode)new DocUnknown(b.Position, "dynamic \"" + group.Key + "\"")
                    : Body(b, evaluator)).ToList();
                members.Add(new DocMember(group.Key, group.First().Position, new DocList(group.First().Position, null, items)));
            }

            return new DocMap(block.Labels.Count > 0 ? block.Labels[block.Labels.Count - 1].Position : block.Position, null, members);
        }
    }

    private sealed class Json : TerraformBodySyntax
    {
        private readonly DocMap body;

        public Json(DocMap body) => this.body = body;

        public override DocMap Evaluate(HclEvaluator evaluator) => (DocMap)evaluator.EvaluateJson(body);
    }
}
