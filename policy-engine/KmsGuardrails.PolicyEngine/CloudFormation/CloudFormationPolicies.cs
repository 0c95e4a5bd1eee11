using System.Collections.Generic;
using System.Linq;
using System.Text;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.CloudFormation;

/// <summary>
/// Reads a KeyPolicy property, given as an object or as a JSON string, with the intrinsics a
/// policy uses resolved in place: <c>!Sub</c> and <c>!Join</c> build ARNs, <c>!Ref</c> of a
/// parameter takes its default, and pseudo parameters and resource attributes
/// (<c>${AWS::AccountId}</c>, <c>!GetAtt Role.Arn</c>) stay as placeholders, because they name one
/// principal, never "*". Conditional parts (<c>!If</c>) and anything else become
/// <see cref="DocUnknown"/>; <c>AWS::NoValue</c> leaves its member out.
/// </summary>
internal sealed class CloudFormationPolicies
{
    /// <summary>Policies nest a few levels; a reference chain deeper than this (a parameter whose default refers to itself) is unknown.</summary>
    private const int MaximumDepth = 64;

    /// <summary>
    /// Nodes one policy may resolve to: far more than the 32 KB KMS accepts can hold, and a bound
    /// on references that multiply (a default that joins two references to itself).
    /// </summary>
    private const int MaximumSteps = 100_000;

    /// <summary>Stands for a value that is absent (AWS::NoValue): its member or item is left out.</summary>
    private static readonly DocUnknown Omitted = new(new SourcePosition(1, 1), "(no value)");

    private readonly ValueResolver resolver;
    private int remainingSteps;

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
                    remainingSteps = MaximumSteps;
                    sources.Add(PolicySource.FromDocument(Resolve(document, 0), alternative.Conditions));
                    break;
            }
        }

        return sources;
    }

    /// <summary>The node with every intrinsic in it replaced by its value, a placeholder or an unknown value.</summary>
    private DocNode Resolve(DocNode node, int depth)
    {
        if (depth > MaximumDepth || --remainingSteps < 0)
        {
            return Unknown(node, "nested too deep");
        }

        if (Intrinsics.TryGetCall(node, out var function, out var argument))
        {
            return Call(node, function, argument, depth);
        }

        switch (node)
        {
            case DocMap map:
                var members = new List<DocMember>(map.Members.Count);
                foreach (var member in map.Members)
                {
                    var value = Resolve(member.Value, depth + 1);
                    if (!ReferenceEquals(value, Omitted))
                    {
                        members.Add(member with { Value = value });
                    }
                }

                return new DocMap(map.Position, map.Tag, members);
            case DocList list:
                var items = new List<DocNode>(list.Items.Count);
                foreach (var item in list.Items)
                {
                    var value = Resolve(item, depth + 1);
                    if (!ReferenceEquals(value, Omitted))
                    {
                        items.Add(value);
                    }
                }

                return new DocList(list.Position, list.Tag, items);
            default:
                return node;
        }
    }

    private DocNode Call(DocNode node, string function, DocNode argument, int depth)
    {
        switch (function)
        {
            case "Ref" when argument is DocScalar { Text: "AWS::NoValue" }:
                return Omitted;
            case "Ref" when argument is DocScalar { Text: { } name }:
                return resolver.IsParameter(name) ? Single(resolver.Resolve(node), node, depth) : Placeholder(node, name);
            case "Fn::GetAtt" when argument is DocScalar { Text: { } attribute }:
                return Placeholder(node, attribute);
            case "Fn::GetAtt" when argument is DocList list && list.Items.All(i => i is DocScalar):
                return Placeholder(node, string.Join(".", list.Items.Cast<DocScalar>().Select(i => i.Text)));
            case "Fn::Sub":
                return Sub(node, argument, depth);
            case "Fn::Join" when argument is DocList { Items: [DocScalar { Text: var delimiter }, DocList parts] }:
                var texts = parts.Items.Select(p => Resolve(p, depth + 1)).ToList();
                return texts.All(t => t is DocScalar { Text: not null })
                    ? Text(node, string.Join(delimiter ?? string.Empty, texts.Cast<DocScalar>().Select(t => t.Text)))
                    : Unknown(node, function);
            case "Fn::FindInMap" or "Fn::Select":
                return Single(resolver.Resolve(node), node, depth);
            default:
                return Unknown(node, function);
        }
    }

    /// <summary>A value with exactly one known alternative (a parameter default, a mapping entry).</summary>
    private DocNode Single(IReadOnlyList<Alternative> alternatives, DocNode node, int depth) =>
        alternatives.Count == 1 && alternatives[0].Value is { } value && alternatives[0].Conditions.Count == 0
            ? Resolve(value, depth + 1)
            : Unknown(node, "a value that depends on the deployment");

    private DocNode Sub(DocNode node, DocNode argument, int depth)
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
                var value = variables?[name] is { } variable ? Resolve(variable, depth + 1) : Single(resolver.ResolveParameter(name, node), node, depth);
                if (value is not DocScalar { Text: { } text })
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

        return Text(node, result.ToString());
    }

    private static DocScalar Placeholder(DocNode node, string name) => Text(node, "${" + name + "}");

    private static DocScalar Text(DocNode node, string text) => new(node.Position, null, text, isQuoted: true);

    private static DocUnknown Unknown(DocNode node, string what) => new(node.Position, what);
}
