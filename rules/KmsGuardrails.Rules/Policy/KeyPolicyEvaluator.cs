using System;
using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.Rules.Policy;

/// <summary>
/// Answers the deletion questions of a key policy with IAM's evaluation logic: default deny, an
/// Allow grants, an explicit Deny wins. Only what the policy makes certain is answered with
/// True or False; anything that depends on an unknown value or a condition stays Unknown.
/// IAM policies are out of sight here, but they can only add permissions through the account
/// statement (the root principal), which is itself a principal of the key policy.
/// </summary>
public sealed class KeyPolicyEvaluator
{
    /// <summary>The Sid the AWS console gives the key-administrator statement.</summary>
    public const string ConsoleAdministratorSid = "Allow access for Key Administrators";

    /// <summary>
    /// Per action: the unconditional Deny statements covering it, and the Allow statements granting
    /// it. Each question would otherwise pair every statement with every Deny again.
    /// </summary>
    private readonly Dictionary<string, IReadOnlyList<PolicyStatement>> denials = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<PolicyStatement>> allowing = new(StringComparer.Ordinal);

    public KeyPolicyEvaluator(KeyPolicy policy)
    {
        Policy = policy;
    }

    public KeyPolicy Policy { get; }

    /// <summary>Allow statements that certainly grant <paramref name="action"/> and are not certainly denied.</summary>
    public IReadOnlyList<PolicyStatement> StatementsAllowing(string action)
    {
        if (!allowing.TryGetValue(action, out var statements))
        {
            allowing[action] = statements = Policy.Statements
                .Where(s => s.Effect == PolicyEffect.Allow && s.Action.Covers(action) == TriState.True && DenyingStatement(s, action) is null)
                .ToList();
        }

        return statements;
    }

    /// <summary>
    /// Whether some principal may perform <paramref name="action"/>: True when an Allow certainly
    /// grants it (conditions aside), False when no statement can, Unknown otherwise.
    /// </summary>
    public TriState AnyoneMay(string action)
    {
        if (StatementsAllowing(action).Count > 0)
        {
            return TriState.True;
        }

        var possible = Policy.HasUnknownStatements || Policy.Statements.Any(s =>
            s.Effect != PolicyEffect.Deny && s.Action.Covers(action) != TriState.False && DenyingStatement(s, action) is null);
        return possible ? TriState.Unknown : TriState.False;
    }

    /// <summary>
    /// A Deny that certainly applies to every principal of <paramref name="allow"/> for
    /// <paramref name="action"/>: unconditional, covering the action, and naming the principals
    /// (by wildcard, by list, or by leaving them out of a NotPrincipal).
    /// </summary>
    public PolicyStatement? DenyingStatement(PolicyStatement allow, string action)
    {
        var exactList = allow.Principal.IsExactList;
        foreach (var deny in Denials(action))
        {
            if (Covers(deny.Principal, allow.Principal, exactList))
            {
                return deny;
            }
        }

        return null;
    }

    /// <summary>A Deny of <paramref name="action"/> that applies to everyone, if there is one.</summary>
    public PolicyStatement? DenyingEveryone(string action) =>
        Denials(action).FirstOrDefault(deny => !deny.Principal.IsNegated && deny.Principal.Principals.Any(p => p.IsWildcard));

    /// <summary>
    /// Allow statements that let any principal perform <paramref name="action"/> with no condition
    /// narrowing the caller, and that no Deny takes back.
    /// </summary>
    public IReadOnlyList<PolicyStatement> UnconstrainedStatementsAllowing(string action) =>
        StatementsAllowing(action)
            .Where(s => s.Principal.IsEveryone == TriState.True && CallerConditions.Narrow(s) == TriState.False)
            .ToList();

    /// <summary>
    /// The key-administrator statements: the console's Sid, or an Allow that grants the
    /// administrative actions (PutKeyPolicy with EnableKey or DisableKey) and no cryptographic one,
    /// which tells administrators apart from users and from the account's kms:* statement.
    /// </summary>
    public IReadOnlyList<PolicyStatement> AdministratorStatements =>
        Policy.Statements.Where(s => s.Effect == PolicyEffect.Allow && (IsConsoleAdministrator(s) || GrantsAdministrationOnly(s))).ToList();

    /// <summary>The unconditional Deny statements that certainly cover <paramref name="action"/>.</summary>
    public IReadOnlyList<PolicyStatement> UnconditionalDenials(string action) => Denials(action);

    private IReadOnlyList<PolicyStatement> Denials(string action)
    {
        if (!denials.TryGetValue(action, out var statements))
        {
            denials[action] = statements = Policy.Statements
                .Where(deny => deny.Effect == PolicyEffect.Deny && deny.IsUnconditional && deny.Action.Covers(action) == TriState.True)
                .ToList();
        }

        return statements;
    }

    private static bool IsConsoleAdministrator(PolicyStatement statement) =>
        string.Equals(statement.Sid, ConsoleAdministratorSid, StringComparison.OrdinalIgnoreCase);

    private static bool GrantsAdministrationOnly(PolicyStatement statement) =>
        statement.Action.Covers(KmsActions.PutKeyPolicy) == TriState.True
        && (statement.Action.Covers(KmsActions.EnableKey) == TriState.True || statement.Action.Covers(KmsActions.DisableKey) == TriState.True)
        && KmsActions.Cryptographic.All(a => statement.Action.Covers(a) == TriState.False);

    // allowIsExactList is computed once per Allow statement rather than once per pair.
    private static bool Covers(PrincipalElement deny, PrincipalElement allow, bool allowIsExactList)
    {
        if (!deny.IsNegated)
        {
            return deny.IsEveryone == TriState.True
                || (allowIsExactList && !deny.HasUnknownPart && allow.Principals.All(deny.Contains));
        }

        // NotPrincipal: denied unless listed.
        return allowIsExactList && !deny.HasUnknownPart && !allow.Principals.Any(deny.Contains);
    }
}
