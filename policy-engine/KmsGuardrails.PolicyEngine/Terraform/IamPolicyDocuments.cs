using System;
using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.Rules.Documents;
using KmsGuardrails.PolicyEngine.Policies;
using KmsGuardrails.Rules.Policy.Json;

namespace KmsGuardrails.PolicyEngine.Terraform;

/// <summary>
/// Translates a <c>data "aws_iam_policy_document"</c> block into the policy document it renders:
/// <c>statement</c> blocks with <c>sid</c>, <c>effect</c> (default Allow), <c>actions</c>,
/// <c>not_actions</c>, <c>principals</c>, <c>not_principals</c> and <c>condition</c> blocks. Every
/// element keeps the position of the argument it comes from. Documents merged in from elsewhere
/// (<c>source_policy_documents</c>, <c>override_policy_documents</c>) and <c>dynamic</c> statements are unknown statements.
/// </summary>
internal static class IamPolicyDocuments
{
    private static readonly string[] MergedDocuments = { "source_policy_documents", "override_policy_documents", "source_json", "override_json" };

    public static PolicyValue From(DocMap document, Func<DocNode, PolicyValue?> expression)
    {
        var statements = Blocks(document["statement"]).Select(s => s is DocMap statement ? Statement(statement, expression) : new PolicyUnknown(s.Position, s.ToString() ?? "statement")).ToList();
        statements.AddRange(MergedDocuments.Where(name => document[name] is not null)
            .Select(name => (PolicyValue)new PolicyUnknown(document[name]!.Position, name)));
        return new PolicyObject(document.Position, new[]
        {
            Member("Version", new PolicyString(document.Position, "2012-10-17")),
            Member("Statement", new PolicyArray(document.Position, statements)),
        });
    }

    private static PolicyValue Statement(DocMap statement, Func<DocNode, PolicyValue?> expression)
    {
        PolicyValue Value(DocNode node) => PolicyTrees.From(node, expression);
        var members = new List<KeyValuePair<string, PolicyValue>>
        {
            Member("Effect", statement["effect"] is { } effect ? Value(effect) : new PolicyString(statement.Position, "Allow")),
        };
        foreach (var (argument, element) in new[] { ("sid", "Sid"), ("actions", "Action"), ("not_actions", "NotAction"), ("resources", "Resource"), ("not_resources", "NotResource") })
        {
            if (statement[argument] is { } node)
            {
                members.Add(Member(element, Value(node)));
            }
        }

        foreach (var (argument, element) in new[] { ("principals", "Principal"), ("not_principals", "NotPrincipal") })
        {
            if (statement[argument] is { } node)
            {
                members.Add(Member(element, Principals(node, Value)));
            }
        }

        if (statement["condition"] is { } conditions)
        {
            members.Add(Member("Condition", Conditions(conditions, Value)));
        }

        return new PolicyObject(statement.Position, members);
    }

    /// <summary><c>principals { type = "AWS", identifiers = [...] }</c> blocks, merged by type; type "*" is the bare wildcard.</summary>
    private static PolicyValue Principals(DocNode node, Func<DocNode, PolicyValue> value)
    {
        var byType = new List<KeyValuePair<string, PolicyValue>>();
        foreach (var item in Blocks(node))
        {
            if (item is not DocMap block || block["type"] is not DocScalar { Text: { } type } || block["identifiers"] is not { } identifiers)
            {
                return new PolicyUnknown(item.Position, "principals");
            }

            if (type == "*")
            {
                return new PolicyString(block.Position, "*");
            }

            byType.Add(Member(type, value(identifiers)));
        }

        return new PolicyObject(node.Position, byType.GroupBy(p => p.Key, StringComparer.Ordinal)
            .Select(g => Member(g.Key, g.Count() == 1 ? g.First().Value : new PolicyArray(g.First().Value.Position, g.SelectMany(Items).ToList())))
            .ToList());
    }

    /// <summary><c>condition { test, variable, values }</c> blocks as <c>{ test: { variable: values } }</c>.</summary>
    private static PolicyValue Conditions(DocNode node, Func<DocNode, PolicyValue> value)
    {
        var operators = new Dictionary<string, List<KeyValuePair<string, PolicyValue>>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var item in Blocks(node))
        {
            if (item is not DocMap block || block["test"] is not DocScalar { Text: { } test } || block["variable"] is not DocScalar { Text: { } variable } || block["values"] is not { } values)
            {
                return new PolicyUnknown(item.Position, "condition");
            }

            if (!operators.TryGetValue(test, out var keys))
            {
                operators[test] = keys = new List<KeyValuePair<string, PolicyValue>>();
                order.Add(test);
            }

            keys.Add(Member(variable, value(values)));
        }

        return new PolicyObject(node.Position, order.Select(test => Member(test, new PolicyObject(node.Position, operators[test]))).ToList());
    }

    /// <summary>Nested blocks: objects, and unknown elements for <c>dynamic</c> blocks.</summary>
    private static IEnumerable<DocNode> Blocks(DocNode? node) => node switch
    {
        DocMap map => new[] { map },
        DocList list => list.Items,
        _ => Enumerable.Empty<DocNode>(),
    };

    private static IEnumerable<PolicyValue> Items(KeyValuePair<string, PolicyValue> member) =>
        member.Value is PolicyArray array ? array.Items : new[] { member.Value };

    private static KeyValuePair<string, PolicyValue> Member(string key, PolicyValue value) => new(key, value);
}
