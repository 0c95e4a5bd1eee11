using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.CloudFormation;

/// <summary>
/// Evaluates a property value of a template to every value it can take: literals as written,
/// <c>Ref</c> to a parameter through its Default (or each AllowedValue when there is none),
/// both branches of <c>Fn::If</c> labelled with the condition, <c>Fn::FindInMap</c> and
/// <c>Fn::Select</c> with literal arguments. Everything else is unknown, never guessed.
/// A finding points where the value is set for this property: the literal, the parameter's value
/// (as cfn-lint does), the branch, or the FindInMap call (a mapping may be shared by other uses).
/// </summary>
internal sealed class ValueResolver
{
    /// <summary>Bounds the alternatives of one value (nested Fn::If multiply).</summary>
    private const int MaximumAlternatives = 64;

    private const int MaximumDepth = 32;

    private readonly DocMap? parameters;
    private readonly DocMap? mappings;

    public ValueResolver(DocMap? parameters, DocMap? mappings)
    {
        this.parameters = parameters;
        this.mappings = mappings;
    }

    public bool IsParameter(string name) => Section(parameters, name) is DocMap;

    /// <summary>The values of the parameter <paramref name="name"/>, referenced at <paramref name="reference"/>.</summary>
    public IReadOnlyList<Alternative> ResolveParameter(string name, DocNode reference) =>
        Section(parameters, name) is DocMap parameter ? Parameter(parameter, reference, new List<string>()).ToList() : new[] { new Alternative(null, reference, new string[0]) };

    public IReadOnlyList<Alternative> Resolve(DocNode node) =>
        Resolve(node, null, new List<string>(), 0).Take(MaximumAlternatives).ToList();

    private IEnumerable<Alternative> Resolve(DocNode node, DocNode? location, List<string> conditions, int depth)
    {
        if (depth > MaximumDepth)
        {
            yield return new Alternative(null, location ?? node, conditions.ToArray());
            yield break;
        }

        if (!Intrinsics.TryGetCall(node, out var function, out var argument))
        {
            yield return new Alternative(node, location ?? node, conditions.ToArray());
            yield break;
        }

        switch (function)
        {
            case "Ref" when argument is DocScalar { Text: { } name } && Section(parameters, name) is DocMap parameter:
                foreach (var alternative in Parameter(parameter, location ?? node, conditions))
                {
                    yield return alternative;
                }

                break;
            case "Fn::If" when Arguments(argument) is [DocScalar { Text: { } condition }, var whenTrue, var whenFalse]:
                foreach (var (branch, label) in new[] { (whenTrue, condition + " is true"), (whenFalse, condition + " is false") })
                {
                    if (!IsNoValue(branch))
                    {
                        foreach (var alternative in Resolve(branch, null, With(conditions, label), depth + 1))
                        {
                            yield return alternative;
                        }
                    }
                }

                break;
            case "Fn::FindInMap" when Arguments(argument) is [DocScalar { Text: { } map }, DocScalar { Text: { } top }, DocScalar { Text: { } second }]
                && Section(mappings, map) is DocMap mapping && mapping[top] is DocMap level && level[second] is { } mapped:
                foreach (var alternative in Resolve(mapped, location ?? node, conditions, depth + 1))
                {
                    yield return alternative;
                }

                break;
            case "Fn::Select" when Arguments(argument) is [DocScalar index, DocList list] && index.AsInt32() is { } i && i >= 0 && i < list.Items.Count:
                foreach (var alternative in Resolve(list.Items[i], location, conditions, depth + 1))
                {
                    yield return alternative;
                }

                break;
            default:
                yield return new Alternative(null, location ?? node, conditions.ToArray());
                break;
        }
    }

    /// <summary>A parameter's Default, else each of its AllowedValues, else unknown.</summary>
    private static IEnumerable<Alternative> Parameter(DocMap parameter, DocNode reference, List<string> conditions)
    {
        if (parameter["Default"] is { } value)
        {
            yield return new Alternative(value, value, conditions.ToArray());
        }
        else if (parameter["AllowedValues"] is DocList allowed && allowed.Items.Count > 0)
        {
            foreach (var item in allowed.Items)
            {
                yield return new Alternative(item, item, conditions.ToArray());
            }
        }
        else
        {
            yield return new Alternative(null, reference, conditions.ToArray());
        }
    }

    private static DocNode? Section(DocMap? section, string name) => section is null ? null : section[name];

    private static IReadOnlyList<DocNode> Arguments(DocNode argument) => argument is DocList list ? list.Items : new[] { argument };

    private static bool IsNoValue(DocNode node) =>
        Intrinsics.TryGetCall(node, out var function, out var argument) && function == "Ref" && argument is DocScalar { Text: "AWS::NoValue" };

    private static List<string> With(List<string> conditions, string label) => new(conditions) { label };
}
