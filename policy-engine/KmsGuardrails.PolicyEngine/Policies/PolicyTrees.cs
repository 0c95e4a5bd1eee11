using System;
using System.Collections.Generic;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.Rules.Documents;
using KmsGuardrails.Rules.Policy.Json;

namespace KmsGuardrails.PolicyEngine.Policies;

/// <summary>
/// Converts a policy written in a template (a document node) into the shared policy tree, keeping
/// every position. Each frontend passes how it evaluates its own expressions (CloudFormation
/// intrinsics, Terraform interpolations); what they cannot know becomes <see cref="PolicyUnknown"/>.
/// </summary>
internal static class PolicyTrees
{
    /// <summary>Returned by an expression handler for a value that is absent (AWS::NoValue).</summary>
    public static readonly PolicyUnknown Omitted = new(new Rules.SourcePosition(1, 1), "(no value)");

    /// <summary>Converts <paramref name="node"/>; <paramref name="expression"/> handles the nodes it recognises and returns null for the rest.</summary>
    public static PolicyValue From(DocNode node, Func<DocNode, PolicyValue?> expression) => From(node, expression, 0);

    private static PolicyValue From(DocNode node, Func<DocNode, PolicyValue?> expression, int depth)
    {
        if (depth > PolicyJsonParser.MaximumDepth)
        {
            return new PolicyUnknown(node.Position, "nested too deep");
        }

        if (expression(node) is { } handled)
        {
            return handled;
        }

        switch (node)
        {
            case DocMap map:
                var members = new List<KeyValuePair<string, PolicyValue>>();
                foreach (var member in map.Members)
                {
                    var value = From(member.Value, expression, depth + 1);
                    if (!ReferenceEquals(value, Omitted))
                    {
                        members.Add(new KeyValuePair<string, PolicyValue>(member.Key, value));
                    }
                }

                return new PolicyObject(map.Position, members);
            case DocList list:
                var items = new List<PolicyValue>();
                foreach (var item in list.Items)
                {
                    var value = From(item, expression, depth + 1);
                    if (!ReferenceEquals(value, Omitted))
                    {
                        items.Add(value);
                    }
                }

                return new PolicyArray(list.Position, items);
            case DocScalar scalar:
                return new PolicyString(scalar.Position, scalar.Text);
            default:
                return new PolicyUnknown(node.Position, node.ToString() ?? "value");
        }
    }
}
