using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.Rules.Policy;

/// <summary>
/// Reads a key-policy document into the model: Version, Statement (one object or a list), and in
/// each statement Sid, Effect, Principal/NotPrincipal, Action/NotAction and Condition. The document
/// is JSON text or a tree a frontend has already read (a template property with its intrinsics
/// resolved, an evaluated Terraform value); unknown values (<see cref="DocUnknown"/>) become
/// unknown parts of the model; malformed elements become problems and the rest of the policy is
/// still read.
/// </summary>
public static class KeyPolicyReader
{
    /// <summary>
    /// KMS rejects a key policy over 32 KB (32,768 bytes). Refusing larger ones also bounds the
    /// evaluation, whose cost grows with the square of the statements.
    /// </summary>
    public const int MaximumBytes = 32 * 1024;

    private static readonly string[] Versions = { "2012-10-17", "2008-10-17" };

    /// <summary>Key policies nest a few levels; anything deeper is not a policy.</summary>
    private static readonly DocumentLimits Limits = new() { MaximumDepth = 64 };

    /// <summary>Parses JSON text (a policy string in code, a template or a file) and reads it.</summary>
    public static KeyPolicyReadResult Read(string json)
    {
        var bytes = Encoding.UTF8.GetByteCount(json);
        if (bytes > MaximumBytes)
        {
            return new KeyPolicyReadResult(null, new[] { new DocumentProblem(new SourcePosition(1, 1), $"the policy is {bytes} bytes, over the 32 KB ({MaximumBytes} bytes) KMS accepts") });
        }

        var parsed = JsonDocumentParser.Parse(json, Limits);
        return parsed.Root is null
            ? new KeyPolicyReadResult(null, new[] { parsed.Problem! })
            : Read(parsed.Root);
    }

    public static KeyPolicyReadResult Read(DocNode document)
    {
        var problems = new List<DocumentProblem>();
        if (document is DocUnknown)
        {
            return new KeyPolicyReadResult(new KeyPolicy(new PolicyStatement[0], hasUnknownStatements: true, document.Position), problems);
        }

        if (document is not DocMap root)
        {
            problems.Add(new DocumentProblem(document.Position, "a key policy is a JSON object with a Statement element"));
            return new KeyPolicyReadResult(null, problems);
        }

        if (ExceedsMaximumBytes(root))
        {
            problems.Add(new DocumentProblem(root.Position, $"the policy is over the 32 KB ({MaximumBytes} bytes) KMS accepts, even written as JSON without spaces"));
            return new KeyPolicyReadResult(null, problems);
        }

        if (root["Version"] is DocScalar { Text: var version } versionNode && !Versions.Contains(version))
        {
            problems.Add(new DocumentProblem(versionNode.Position, "Version must be \"2012-10-17\" (or the older \"2008-10-17\")"));
        }

        var statements = new List<PolicyStatement>();
        var hasUnknown = false;
        switch (root["Statement"])
        {
            case null:
                problems.Add(new DocumentProblem(root.Position, "the policy has no Statement element"));
                break;
            case DocUnknown:
                hasUnknown = true;
                break;
            case DocList list:
                foreach (var item in list.Items)
                {
                    hasUnknown |= !AddStatement(item, statements, problems);
                }

                break;
            case var single:
                hasUnknown |= !AddStatement(single, statements, problems);
                break;
        }

        return new KeyPolicyReadResult(new KeyPolicy(statements, hasUnknown, root.Position), problems);
    }

    /// <summary>Adds the statement; false when it cannot be known at all.</summary>
    private static bool AddStatement(DocNode value, List<PolicyStatement> statements, List<DocumentProblem> problems)
    {
        if (value is DocUnknown)
        {
            return false;
        }

        if (value is not DocMap statement)
        {
            problems.Add(new DocumentProblem(value.Position, "a statement is a JSON object"));
            return true;
        }

        var sid = statement["Sid"] is DocScalar { Text: { } text } ? text : null;
        var conditions = Conditions(statement["Condition"], problems, out var unknownConditions);
        statements.Add(new PolicyStatement(
            statements.Count + 1,
            sid,
            Effect(statement, problems),
            Principals(statement, problems),
            Actions(statement, problems),
            conditions,
            unknownConditions,
            statement.Position));
        return true;
    }

    private static PolicyEffect Effect(DocMap statement, List<DocumentProblem> problems)
    {
        switch (statement["Effect"])
        {
            case DocScalar { Text: "Allow" }:
                return PolicyEffect.Allow;
            case DocScalar { Text: "Deny" }:
                return PolicyEffect.Deny;
            case DocUnknown:
                return PolicyEffect.Unknown;
            case null:
                problems.Add(new DocumentProblem(statement.Position, "the statement has no Effect"));
                return PolicyEffect.Unknown;
            case var other:
                problems.Add(new DocumentProblem(other.Position, "Effect must be \"Allow\" or \"Deny\""));
                return PolicyEffect.Unknown;
        }
    }

    private static PrincipalElement Principals(DocMap statement, List<DocumentProblem> problems)
    {
        var (node, negated) = Either(statement, "Principal", "NotPrincipal", problems);
        if (node is null)
        {
            problems.Add(new DocumentProblem(statement.Position, "a key-policy statement needs a Principal or NotPrincipal"));
            return PrincipalElement.Missing;
        }

        var principals = new List<Principal>();
        var unknown = false;
        switch (node)
        {
            case DocScalar { Text: "*" }:
                principals.Add(Principal.Everyone);
                break;
            case DocMap byType:
                foreach (var member in byType.Members)
                {
                    foreach (var value in Strings(member.Value, problems, "a principal"))
                    {
                        principals.Add(new Principal(member.Key, value));
                    }
                }

                break;
            case DocUnknown:
                unknown = true;
                break;
            default:
                problems.Add(new DocumentProblem(node.Position, "Principal must be \"*\" or an object such as {\"AWS\": \"arn:aws:iam::111122223333:root\"}"));
                unknown = true;
                break;
        }

        return new PrincipalElement(principals, negated, unknown, node.Position);
    }

    private static ActionElement Actions(DocMap statement, List<DocumentProblem> problems)
    {
        var (node, negated) = Either(statement, "Action", "NotAction", problems);
        if (node is null)
        {
            problems.Add(new DocumentProblem(statement.Position, "the statement needs an Action or NotAction"));
            return ActionElement.Missing;
        }

        return new ActionElement(Strings(node, problems, "an action").ToList(), negated, node.Position);
    }

    private static List<PolicyCondition> Conditions(DocNode? node, List<DocumentProblem> problems, out bool unknown)
    {
        var conditions = new List<PolicyCondition>();
        unknown = false;
        switch (node)
        {
            case null:
                break;
            case DocUnknown:
                unknown = true;
                break;
            case DocMap operators:
                foreach (var op in operators.Members)
                {
                    if (op.Value is DocMap keys)
                    {
                        foreach (var key in keys.Members)
                        {
                            conditions.Add(new PolicyCondition(op.Key, key.Key, Strings(key.Value, problems, "a condition value").ToList()));
                        }
                    }
                    else if (op.Value is DocUnknown)
                    {
                        unknown = true;
                    }
                    else
                    {
                        problems.Add(new DocumentProblem(op.Value.Position, "a condition operator maps condition keys to values"));
                        unknown = true;
                    }
                }

                break;
            default:
                problems.Add(new DocumentProblem(node.Position, "Condition is an object of operators"));
                unknown = true;
                break;
        }

        return conditions;
    }

    /// <summary>
    /// Whether a policy written in a template is over the size limit as JSON: a lower bound that
    /// leaves out whitespace, escapes and unknown values, so no policy KMS accepts is refused.
    /// </summary>
    private static bool ExceedsMaximumBytes(DocNode document)
    {
        long bytes = 0;
        var pending = new Stack<DocNode>();
        pending.Push(document);
        while (pending.Count > 0 && bytes <= MaximumBytes)
        {
            switch (pending.Pop())
            {
                case DocScalar value:
                    bytes += value.Text is null ? 4 : Encoding.UTF8.GetByteCount(value.Text) + 2;
                    break;
                case DocList array:
                    bytes += 2 + Math.Max(0, array.Items.Count - 1);
                    foreach (var item in array.Items)
                    {
                        pending.Push(item);
                    }

                    break;
                case DocMap map:
                    bytes += 2 + Math.Max(0, map.Members.Count - 1);
                    foreach (var member in map.Members)
                    {
                        bytes += Encoding.UTF8.GetByteCount(member.Key) + 3;
                        pending.Push(member.Value);
                    }

                    break;
            }
        }

        return bytes > MaximumBytes;
    }

    /// <summary>The element or its negated form; both at once is malformed.</summary>
    private static (DocNode? Node, bool Negated) Either(DocMap statement, string name, string negatedName, List<DocumentProblem> problems)
    {
        var plain = statement[name];
        var negated = statement[negatedName];
        if (plain is not null && negated is not null)
        {
            problems.Add(new DocumentProblem(negated.Position, "a statement has either " + name + " or " + negatedName + ", not both"));
        }

        return plain is not null ? (plain, false) : (negated, negated is not null);
    }

    /// <summary>A string or a list of strings; unknown entries are null.</summary>
    private static IEnumerable<string?> Strings(DocNode node, List<DocumentProblem> problems, string what)
    {
        var items = node is DocList list ? list.Items : new[] { node };
        foreach (var item in items)
        {
            switch (item)
            {
                case DocScalar { Text: { } text }:
                    yield return text;
                    break;
                case DocUnknown:
                    yield return null;
                    break;
                default:
                    problems.Add(new DocumentProblem(item.Position, what + " must be a string"));
                    yield return null;
                    break;
            }
        }
    }
}
