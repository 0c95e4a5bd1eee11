using System.Collections.Generic;

namespace KmsGuardrails.Rules.Policy;

/// <summary>One statement of a key policy, with where each element is written.</summary>
public sealed class PolicyStatement
{
    public PolicyStatement(
        int number,
        string? sid,
        PolicyEffect effect,
        PrincipalElement principal,
        ActionElement action,
        IReadOnlyList<PolicyCondition> conditions,
        bool hasUnknownConditions,
        SourcePosition? position)
    {
        Number = number;
        Sid = sid;
        Effect = effect;
        Principal = principal;
        Action = action;
        Conditions = conditions;
        HasUnknownConditions = hasUnknownConditions;
        Position = position;
    }

    /// <summary>1-based place in the policy, to name a statement without a Sid.</summary>
    public int Number { get; }

    public string? Sid { get; }

    public PolicyEffect Effect { get; }

    public PrincipalElement Principal { get; }

    public ActionElement Action { get; }

    public IReadOnlyList<PolicyCondition> Conditions { get; }

    /// <summary>The Condition block, or part of it, could not be known before deployment.</summary>
    public bool HasUnknownConditions { get; }

    public SourcePosition? Position { get; }

    /// <summary>Applies whatever the request: no conditions, and none unknown.</summary>
    public bool IsUnconditional => Conditions.Count == 0 && !HasUnknownConditions;

    /// <summary>How messages name the statement: its Sid, or its number.</summary>
    public string Name => Sid is { Length: > 0 } ? "'" + Sid + "'" : "#" + Number;

    public override string ToString() => "statement " + Name;
}
