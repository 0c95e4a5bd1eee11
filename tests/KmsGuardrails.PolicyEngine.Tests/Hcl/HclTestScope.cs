using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.PolicyEngine.Hcl;
using KmsGuardrails.PolicyEngine.Hcl.Syntax;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.Tests.Hcl;

/// <summary>Evaluates the expression of <c>x = …</c> with given variables and locals (written as HCL).</summary>
internal sealed class HclTestScope : IHclScope
{
    private readonly Dictionary<string, DocNode> variables = new();
    private readonly Dictionary<string, DocNode> locals = new();

    public static HclExpression Parse(string expression)
    {
        var (file, problem) = HclParser.ParseFile("test.tf", "x = " + expression + "\n");
        Assert.True(problem is null, problem?.ToString());
        return file!.Body.Attribute("x")!.Value;
    }

    public HclTestScope WithVariable(string name, string expression)
    {
        variables[name] = Evaluate(expression);
        return this;
    }

    public HclTestScope WithLocal(string name, string expression)
    {
        locals[name] = Evaluate(expression);
        return this;
    }

    public DocNode Evaluate(string expression) => new HclEvaluator(this, DocumentLimits.Default).Evaluate(Parse(expression));

    /// <summary>The value in a compact, comparable form: unknown values as <c>?expression</c>.</summary>
    public string Show(string expression) => Text(Evaluate(expression));

    public static string Text(DocNode node) => node switch
    {
        DocUnknown unknown => "?" + unknown.Expression,
        DocScalar { IsQuoted: false } scalar => scalar.Text ?? "null",
        DocList list => "[" + string.Join(",", list.Items.Select(Text)) + "]",
        DocMap map => "{" + string.Join(",", map.Members.Select(m => "\"" + m.Key + "\":" + Text(m.Value))) + "}",
        _ => DocNodeText.Canonical(node),
    };

    public DocNode Variable(string name, HclSpan reference) => variables.TryGetValue(name, out var value) ? value : new DocUnknown(reference.Position, reference.Text);

    public DocNode Local(string name, HclSpan reference) => locals.TryGetValue(name, out var value) ? value : new DocUnknown(reference.Position, reference.Text);

    public string? Path(string name) => name == "module" ? "/modules/kms" : null;

    public string? ReadFile(string path) => path == "/modules/kms/policy.json" ? "{\"Version\": \"2012-10-17\"}" : null;
}
