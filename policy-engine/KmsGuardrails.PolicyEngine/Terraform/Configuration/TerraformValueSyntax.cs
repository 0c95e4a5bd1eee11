using KmsGuardrails.Hcl;
using KmsGuardrails.Hcl.Syntax;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.Terraform.Configuration;

/// <summary>A value as written in either syntax: an HCL expression, or a Terraform JSON value whose strings are templates.</summary>
internal abstract class TerraformValueSyntax
{
    public abstract SourcePosition Position { get; }

    public abstract DocNode Evaluate(HclEvaluator evaluator);

    public static TerraformValueSyntax Of(HclExpression expression) => new Hcl(expression);

    public static TerraformValueSyntax Of(DocNode node) => new Json(node);

    private sealed class Hcl : TerraformValueSyntax
    {
        private readonly HclExpression expression;

        public Hcl(HclExpression expression) => this.expression = expression;

        public override SourcePosition Position => expression.Position;

        public override DocNode Evaluate(HclEvaluator evaluator) => evaluator.Evaluate(expression);
    }

    private sealed class Json : TerraformValueSyntax
    {
        private readonly DocNode node;

        public Json(DocNode node) => this.node = node;

        public override SourcePosition Position => node.Position;

        public override DocNode Evaluate(HclEvaluator evaluator) => evaluator.EvaluateJson(node);
    }
}
