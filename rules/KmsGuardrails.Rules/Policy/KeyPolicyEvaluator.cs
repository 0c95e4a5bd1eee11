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

    public KeyPolicyEvaluator(KeyPolicy policy)
    {
        Policy = policy;
    }

    public KeyPolicy Policy { get; }

    /// <summary>Allow statements that certainly grant <paramref name="action"/> and are not certainly denied.</summary>
    public IReadOnlyList<PolicyStatement> StatementsAllowing(string action) =>
        Policy.Statements.Where(s => s.Effect == PolicyEffect.Allow && s.Action.Covers(action) == TriState.True && DenyingStatement(s, action) is null).ToList();

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
    public PolicyStatement? DenyingStatement(PolicyStatement allow, string action) =>
        Policy.Statements.FirstOrDefault(deny =>
            deny.Effect == PolicyEffect.Deny
            && deny.IsUnconditional
            && deny.Action.Covers(action) == TriState.True
            && Covers(deny.Principal, allow.Principal));

    /// <summary>A Deny of <paramref name="action"/> that applies to everyone, if there is one.</summary>
    public PolicyStatement? DenyingEveryone(string action) =>
        Policy.Statements.FirstOrDefault(deny =>
            deny.Effect == PolicyEffect.Deny
            && deny.IsUnconditional
            && deny.Action.Covers(action) == TriState.True
            && !deny.Principal.IsNegated
            && deny.Principal.Principals.Any(p => p.IsWildcard));

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

    private static bool IsConsoleAdministrator(PolicyStatement statement) =>
        string.Equals(statement.Sid, ConsoleAdministratorSid, StringComparison.OrdinalIgnoreCase);

    private static bool GrantsAdministrationOnly(PolicyStatement statement) =>
        statement.Action.Covers(KmsActions.PutKeyPolicy) == TriState.True
        && (statement.Action.Covers(KmsActions.EnableKey) == TriState.True || statement.Action.Covers(KmsActions.DisableKey) == TriState.True)
        && KmsActions.Cryptographic.All(a => statement.Action.Covers(a) == TriState.False);

    private static bool Covers(PrincipalElement deny, PrincipalElement allow)
    {
        if (!deny.IsNegated)
        {
            return deny.Principals.Any(p => p.IsWildcard)
                || (allow.IsExactList && !deny.HasUnknownPart && allow.Principals.All(deny.Contains));
        }

        // NotPrincipal: denied unless listed.
        return allow.IsExactList && !deny.HasUnknownPart && !allow.Principals.Any(deny.Contains);
    }
}
