using System;
using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.Rules.Documents;

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

    public static DocMap From(DocMap document)
    {
        var statements = Blocks(document["statement"]).Select(s => s is DocMap statement ? Statement(statement) : new DocUnknown(s.Position, s.ToString() ?? "statement")).ToList();
        statements.AddRange(MergedDocuments.Where(name => document[name] is not null)
            .Select(name => (DocNode)new DocUnknown(document[name]!.Position, name)));
        return new DocMap(document.Position, null, new[]
        {
            Member("Version", Text(document, "2012-10-17")),
            Member("Statement", new DocList(document.Position, null, statements)),
        });
    }

    private static DocNode Statement(DocMap statement)
    {
        var members = new List<DocMember>
        {
            Member("Effect", statement["effect"] ?? Text(statement, "Allow")),
        };
        foreach (var (argument, element) in new[] { ("sid", "Sid"), ("actions", "Action"), ("not_actions", "NotAction"), ("resources", "Resource"), ("not_resources", "NotResource") })
        {
            if (statement[argument] is { } node)
            {
                members.Add(Member(element, node));
            }
        }

        foreach (var (argument, element) in new[] { ("principals", "Principal"), ("not_principals", "NotPrincipal") })
        {
            if (statement[argument] is { } node)
            {
                members.Add(Member(element, Principals(node)));
            }
        }

        if (statement["condition"] is { } conditions)
        {
            members.Add(Member("Condition", Conditions(conditions)));
        }

        return new DocMap(statement.Position, null, members);
    }

    /// <summary><c>principals { type = "AWS", identifiers = [...] }</c> blocks, merged by type; type "*" is the bare wildcard.</summary>
    private static DocNode Principals(DocNode node)
    {
        var byType = new List<DocMember>();
        foreach (var item in Blocks(node))
        {
            if (item is not DocMap block || block["type"] is not DocScalar { Text: { } type } || block["identifiers"] is not { } identifiers)
            {
                return new DocUnknown(item.Position, "principals");
            }

            if (type == "*")
            {
                return Text(block, "*");
            }

            byType.Add(Member(type, identifiers));
        }

        return new DocMap(node.Position, null, byType.GroupBy(p => p.Key, StringComparer.Ordinal)
            .Select(g => Member(g.Key, g.Count() == 1 ? g.First().Value : new DocList(g.First().Value.Position, null, g.SelectMany(Items).ToList())))
            .ToList());
    }

    /// <summary><c>condition { test, variable, values }</c> blocks as <c>{ test: { variable: values } }</c>.</summary>
    private static DocNode Conditions(DocNode node)
    {
        var operators = new Dictionary<string, List<DocMember>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var item in Blocks(node))
        {
            if (item is not DocMap block || block["test"] is not DocScalar { Text: { } test } || block["variable"] is not DocScalar { Text: { } variable } || block["values"] is not { } values)
            {
                return new DocUnknown(item.Position, "condition");
            }

            if (!operators.TryGetValue(test, out var keys))
            {
                operators[test] = keys = new List<DocMember>();
                order.Add(test);
            }

            keys.Add(Member(variable, values));
        }

        return new DocMap(node.Position, null, order.Select(test => Member(test, new DocMap(node.Position, null, operators[test]))).ToList());
    }

    /// <summary>Nested blocks: objects, and unknown elements for <c>dynamic</c> blocks.</summary>
    private static IEnumerable<DocNode> Blocks(DocNode? node) => node switch
    {
        DocMap map => new[] { map },
        DocList list => list.Items,
        _ => Enumerable.Empty<DocNode>(),
    };

    private static IEnumerable<DocNode> Items(DocMember member) =>
        member.Value is DocList list ? list.Items : new[] { member.Value };

    /// <summary>An element of the rendered document, where the argument that gives it is written.</summary>
    private static DocMember Member(string key, DocNode value) => new(key, value.Position, value);

    private static DocScalar Text(DocNode at, string text) => new(at.Position, null, text, isQuoted: true);
}
