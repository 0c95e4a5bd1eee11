using System.Collections.Generic;
using System.Linq;
using System.Text;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.Rules.Documents;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.PolicyEngine.Policies;
using KmsGuardrails.Rules.Policy.Json;

namespace KmsGuardrails.PolicyEngine.CloudFormation;

/// <summary>
/// Reads a KeyPolicy property, given as an object or as a JSON string, with the intrinsics a
/// policy uses: <c>!Sub</c> and <c>!Join</c> build ARNs, <c>!Ref</c> of a parameter takes its
/// default, and pseudo parameters and resource attributes (<c>${AWS::AccountId}</c>,
/// <c>!GetAtt Role.Arn</c>) stay as placeholders, because they name one principal, never "*".
/// Conditional parts (<c>!If</c>) are unknown.
/// </summary>
internal sealed class CloudFormationPolicies
{
    private readonly ValueResolver resolver;

    public CloudFormationPolicies(ValueResolver resolver) => this.resolver = resolver;

    public IReadOnlyList<PolicySource> Read(DocNode? property)
    {
        if (property is null)
        {
            return new PolicySource[0];
        }

        var sources = new List<PolicySource>();
        foreach (var alternative in resolver.Resolve(property))
        {
            switch (alternative.Value)
            {
                case null:
                    break;
                case DocScalar { Text: { } json }:
                    sources.Add(PolicySource.FromJson(json, alternative.Location.Position, alternative.Conditions));
                    break;
                case var document:
                    sources.Add(PolicySource.FromDocument(PolicyTrees.From(document, Expression), alternative.Conditions));
                    break;
            }
        }

        return sources;
    }

    private PolicyValue? Expression(DocNode node)
    {
        if (!Intrinsics.TryGetCall(node, out var function, out var argument))
        {
            return null;
        }

        switch (function)
        {
            case "Ref" when argument is DocScalar { Text: "AWS::NoValue" }:
                return PolicyTrees.Omitted;
            case "Ref" when argument is DocScalar { Text: { } name }:
                return resolver.IsParameter(name) ? Single(resolver.Resolve(node), node) : Placeholder(node, name);
            case "Fn::GetAtt" when argument is DocScalar { Text: { } attribute }:
                return Placeholder(node, attribute);
            case "Fn::GetAtt" when argument is DocList list && list.Items.All(i => i is DocScalar):
                return Placeholder(node, string.Join(".", list.Items.Cast<DocScalar>().Select(i => i.Text)));
            case "Fn::Sub":
                return Sub(node, argument);
            case "Fn::Join" when argument is DocList { Items: [DocScalar { Text: var delimiter }, DocList parts] }:
                var texts = parts.Items.Select(p => PolicyTrees.From(p, Expression)).ToList();
                return texts.All(t => t is PolicyString { Text: not null })
                    ? new PolicyString(node.Position, string.Join(delimiter ?? string.Empty, texts.Cast<PolicyString>().Select(t => t.Text)))
                    : Unknown(node, function);
            case "Fn::FindInMap" or "Fn::Select":
                return Single(resolver.Resolve(node), node);
            default:
                return Unknown(node, function);
        }
    }

    /// <summary>A value with exactly one known alternative (a parameter default, a mapping entry).</summary>
    private PolicyValue Single(IReadOnlyList<Alternative> alternatives, DocNode node) =>
        alternatives.Count == 1 && alternatives[0].Value is { } value && alternatives[0].Conditions.Count == 0
            ? PolicyTrees.From(value, Expression)
            : Unknown(node, "a value that depends on the deployment");

    private PolicyValue Sub(DocNode node, DocNode argument)
    {
        var (template, variables) = argument switch
        {
            DocScalar scalar => (scalar.Text, (DocMap?)null),
            DocList { Items: [DocScalar scalar, DocMap map] } => (scalar.Text, map),
            _ => (null, null),
        };
        if (template is null)
        {
            return Unknown(node, "Fn::Sub");
        }

        var result = new StringBuilder();
        var index = 0;
        while (index < template.Length)
        {
            var start = template.IndexOf("${", index, System.StringComparison.Ordinal);
            var end = start < 0 ? -1 : template.IndexOf('}', start);
            if (end < 0)
            {
                result.Append(template, index, template.Length - index);
                break;
            }

            result.Append(template, index, start - index);
            var name = template.Substring(start + 2, end - start - 2);
            if (name.StartsWith("!", System.StringComparison.Ordinal))
            {
                result.Append("${").Append(name, 1, name.Length - 1).Append('}');
            }
            else if (variables?[name] is not null || resolver.IsParameter(name))
            {
                var value = variables?[name] is { } variable ? PolicyTrees.From(variable, Expression) : Single(resolver.ResolveParameter(name, node), node);
                if (value is not PolicyString { Text: { } text })
                {
                    return Unknown(node, "Fn::Sub with ${" + name + "}");
                }

                result.Append(text);
            }
            else
            {
                result.Append("${").Append(name).Append('}');
            }

            index = end + 1;
        }

        return new PolicyString(node.Position, result.ToString());
    }

    private static PolicyString Placeholder(DocNode node, string name) => new(node.Position, "${" + name + "}");

    private static PolicyUnknown Unknown(DocNode node, string what) => new(node.Position, what);
}
