using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.Hcl.Syntax;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.Hcl.Tests;

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

    /// <summary>Terraform's <c>var</c> and <c>local</c>, and <c>path.module</c>.</summary>
    public DocNode? Attribute(string root, string name, HclSpan reference) => root switch
    {
        "var" => variables.TryGetValue(name, out var value) ? value : new DocUnknown(reference.Position, reference.Text),
        "local" => locals.TryGetValue(name, out var value) ? value : new DocUnknown(reference.Position, reference.Text),
        "path" when name == "module" => new DocScalar(reference.Position, null, "/modules/kms", isQuoted: true),
        _ => null,
    };

    public string? ReadFile(string path) => path == "/modules/kms/policy.json" ? "{\"Version\": \"2012-10-17\"}" : null;
}
