using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using KmsGuardrails.Rules.Policy.Json;

namespace KmsGuardrails.Rules.Policy;

/// <summary>
/// Reads a key-policy document into the model: Version, Statement (one object or a list), and in
/// each statement Sid, Effect, Principal/NotPrincipal, Action/NotAction and Condition. Unknown
/// values (intrinsics, interpolations) become unknown parts of the model; malformed elements
/// become problems and the rest of the policy is still read.
/// </summary>
public static class KeyPolicyReader
{
    /// <summary>
    /// KMS rejects a key policy over 32 KB (32,768 bytes). Refusing larger ones also bounds the
    /// evaluation, whose cost grows with the square of the statements.
    /// </summary>
    public const int MaximumBytes = 32 * 1024;

    private static readonly string[] Versions = { "2012-10-17", "2008-10-17" };

    /// <summary>Parses JSON text (a policy string in code, a template or a file) and reads it.</summary>
    public static KeyPolicyReadResult Read(string json)
    {
        var bytes = Encoding.UTF8.GetByteCount(json);
        if (bytes > MaximumBytes)
        {
            return new KeyPolicyReadResult(null, new[] { new PolicyProblem(new SourcePosition(1, 1), $"the policy is {bytes} bytes, over the 32 KB ({MaximumBytes} bytes) KMS accepts") });
        }

        var parsed = PolicyJsonParser.Parse(json);
        return parsed.Value is null
            ? new KeyPolicyReadResult(null, new[] { parsed.Problem! })
            : Read(parsed.Value);
    }

    public static KeyPolicyReadResult Read(PolicyValue document)
    {
        var problems = new List<PolicyProblem>();
        if (document is PolicyUnknown)
        {
            return new KeyPolicyReadResult(new KeyPolicy(new PolicyStatement[0], hasUnknownStatements: true, document.Position), problems);
        }

        if (document is not PolicyObject root)
        {
            problems.Add(new PolicyProblem(document.Position, "a key policy is a JSON object with a Statement element"));
            return new KeyPolicyReadResult(null, problems);
        }

        if (ExceedsMaximumBytes(root))
        {
            problems.Add(new PolicyProblem(root.Position, $"the policy is over the 32 KB ({MaximumBytes} bytes) KMS accepts, even written as JSON without spaces"));
            return new KeyPolicyReadResult(null, problems);
        }

        if (root["Version"] is PolicyString { Text: var version } versionNode && !Versions.Contains(version))
        {
            problems.Add(new PolicyProblem(versionNode.Position, "Version must be \"2012-10-17\" (or the older \"2008-10-17\")"));
        }

        var statements = new List<PolicyStatement>();
        var hasUnknown = false;
        switch (root["Statement"])
        {
            case null:
                problems.Add(new PolicyProblem(root.Position, "the policy has no Statement element"));
                break;
            case PolicyUnknown:
                hasUnknown = true;
                break;
            case PolicyArray list:
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
    private static bool AddStatement(PolicyValue value, List<PolicyStatement> statements, List<PolicyProblem> problems)
    {
        if (value is PolicyUnknown)
        {
            return false;
        }

        if (value is not PolicyObject statement)
        {
            problems.Add(new PolicyProblem(value.Position, "a statement is a JSON object"));
            return true;
        }

        var sid = statement["Sid"] is PolicyString { Text: { } text } ? text : null;
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

    private static PolicyEffect Effect(PolicyObject statement, List<PolicyProblem> problems)
    {
        switch (statement["Effect"])
        {
            case PolicyString { Text: "Allow" }:
                return PolicyEffect.Allow;
            case PolicyString { Text: "Deny" }:
                return PolicyEffect.Deny;
            case PolicyUnknown:
                return PolicyEffect.Unknown;
            case null:
                problems.Add(new PolicyProblem(statement.Position, "the statement has no Effect"));
                return PolicyEffect.Unknown;
            case var other:
                problems.Add(new PolicyProblem(other.Position, "Effect must be \"Allow\" or \"Deny\""));
                return PolicyEffect.Unknown;
        }
    }

    private static PrincipalElement Principals(PolicyObject statement, List<PolicyProblem> problems)
    {
        var (node, negated) = Either(statement, "Principal", "NotPrincipal", problems);
        if (node is null)
        {
            problems.Add(new PolicyProblem(statement.Position, "a key-policy statement needs a Principal or NotPrincipal"));
            return PrincipalElement.Missing;
        }

        var principals = new List<Principal>();
        var unknown = false;
        switch (node)
        {
            case PolicyString { Text: "*" }:
                principals.Add(Principal.Everyone);
                break;
            case PolicyObject byType:
                foreach (var member in byType.Members)
                {
                    foreach (var value in Strings(member.Value, problems, "a principal"))
                    {
                        principals.Add(new Principal(member.Key, value));
                    }
                }

                break;
            case PolicyUnknown:
                unknown = true;
                break;
            default:
                problems.Add(new PolicyProblem(node.Position, "Principal must be \"*\" or an object such as {\"AWS\": \"arn:aws:iam::111122223333:root\"}"));
                unknown = true;
                break;
        }

        return new PrincipalElement(principals, negated, unknown, node.Position);
    }

    private static ActionElement Actions(PolicyObject statement, List<PolicyProblem> problems)
    {
        var (node, negated) = Either(statement, "Action", "NotAction", problems);
        if (node is null)
        {
            problems.Add(new PolicyProblem(statement.Position, "the statement needs an Action or NotAction"));
            return ActionElement.Missing;
        }

        return new ActionElement(Strings(node, problems, "an action").ToList(), negated, node.Position);
    }

    private static List<PolicyCondition> Conditions(PolicyValue? node, List<PolicyProblem> problems, out bool unknown)
    {
        var conditions = new List<PolicyCondition>();
        unknown = false;
        switch (node)
        {
            case null:
                break;
            case PolicyUnknown:
                unknown = true;
                break;
            case PolicyObject operators:
                foreach (var op in operators.Members)
                {
                    if (op.Value is PolicyObject keys)
                    {
                        foreach (var key in keys.Members)
                        {
                            conditions.Add(new PolicyCondition(op.Key, key.Key, Strings(key.Value, problems, "a condition value").ToList()));
                        }
                    }
                    else if (op.Value is PolicyUnknown)
                    {
                        unknown = true;
                    }
                    else
                    {
                        problems.Add(new PolicyProblem(op.Value.Position, "a condition operator maps condition keys to values"));
                        unknown = true;
                    }
                }

                break;
            default:
                problems.Add(new PolicyProblem(node.Position, "Condition is an object of operators"));
                unknown = true;
                break;
        }

        return conditions;
    }

    /// <summary>
    /// Whether a policy written in a template is over the size limit as JSON: a lower bound that
    /// leaves out whitespace, escapes and unknown values, so no policy KMS accepts is refused.
    /// </summary>
    private static bool ExceedsMaximumBytes(PolicyValue document)
    {
        long bytes = 0;
        var pending = new Stack<PolicyValue>();
        pending.Push(document);
        while (pending.Count > 0 && bytes <= MaximumBytes)
        {
            switch (pending.Pop())
            {
                case PolicyString value:
                    bytes += value.Text is null ? 4 : Encoding.UTF8.GetByteCount(value.Text) + 2;
                    break;
                case PolicyArray array:
                    bytes += 2 + Math.Max(0, array.Items.Count - 1);
                    foreach (var item in array.Items)
                    {
                        pending.Push(item);
                    }

                    break;
                case PolicyObject map:
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
    private static (PolicyValue? Node, bool Negated) Either(PolicyObject statement, string name, string negatedName, List<PolicyProblem> problems)
    {
        var plain = statement[name];
        var negated = statement[negatedName];
        if (plain is not null && negated is not null)
        {
            problems.Add(new PolicyProblem(negated.Position, "a statement has either " + name + " or " + negatedName + ", not both"));
        }

        return plain is not null ? (plain, false) : (negated, negated is not null);
    }

    /// <summary>A string or a list of strings; unknown entries are null.</summary>
    private static IEnumerable<string?> Strings(PolicyValue node, List<PolicyProblem> problems, string what)
    {
        var items = node is PolicyArray list ? list.Items : new[] { node };
        foreach (var item in items)
        {
            switch (item)
            {
                case PolicyString { Text: { } text }:
                    yield return text;
                    break;
                case PolicyUnknown:
                    yield return null;
                    break;
                default:
                    problems.Add(new PolicyProblem(item.Position, what + " must be a string"));
                    yield return null;
                    break;
            }
        }
    }
}
