using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.Rules.Catalog;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.Rules.Policy;

/// <summary>
/// The key-policy rules of the catalog (KMS011–KMS013, KMS016) as hazards positioned on the
/// statement element that causes them. Every frontend (C# constants, templates, policy files)
/// calls this one function.
/// </summary>
public static class KeyPolicyHazards
{
    public static IReadOnlyList<Hazard> Of(KeyPolicy policy, KeyPolicyOptions? options = null)
    {
        var evaluator = new KeyPolicyEvaluator(policy);
        var hazards = new List<Hazard>();
        AddAdministratorHazards(evaluator, hazards);
        AddCancellationHazard(evaluator, hazards);
        AddWildcardHazards(evaluator, hazards);
        if ((options ?? KeyPolicyOptions.Default).RequireDeletionAdministrators && hazards.Count == 0)
        {
            // Only when nothing more specific (KMS011's first case, KMS012, KMS013) already says what is wrong.
            AddNoDeletionAdministratorHazard(evaluator, hazards);
        }

        return hazards.OrderBy(h => h.Position?.Line ?? 0).ThenBy(h => h.Position?.Column ?? 0).ToList();
    }

    /// <summary>KMS016, where the setting is written.</summary>
    public static Hazard LockoutSafetyCheckBypassed(SourcePosition? position) =>
        new(RuleCatalog.LockoutSafetyCheckBypassed,
            new string[0],
            "BypassPolicyLockoutSafetyCheck is true: KMS accepts a policy that stops the caller from changing it again",
            position: position);

    private static void AddAdministratorHazards(KeyPolicyEvaluator evaluator, List<Hazard> hazards)
    {
        foreach (var statement in evaluator.AdministratorStatements)
        {
            var schedule = statement.Action.Covers(KmsActions.ScheduleKeyDeletion);
            var cancel = statement.Action.Covers(KmsActions.CancelKeyDeletion);
            var missing = schedule == TriState.True && cancel == TriState.False ? KmsActions.CancelKeyDeletion
                : cancel == TriState.True && schedule == TriState.False ? KmsActions.ScheduleKeyDeletion
                : null;
            if (missing is not null)
            {
                hazards.Add(new Hazard(
                    RuleCatalog.AdministratorsCannotManageDeletion,
                    new[] { "the key-administrator statement " + statement.Name + " lacks " + missing },
                    "statement " + statement.Name + " grants administrative actions and one of kms:ScheduleKeyDeletion and kms:CancelKeyDeletion, not both",
                    position: statement.Action.Position ?? statement.Position));
            }
        }
    }

    /// <summary>
    /// KMS011's second case: an explicit policy that lets no principal other than a wildcard both
    /// schedule and cancel deletion, whether its administrators' statement grants neither or there
    /// is none. The account root counts like any principal: with both (kms:* in the default key
    /// policy) it lets IAM policies grant them.
    /// </summary>
    private static void AddNoDeletionAdministratorHazard(KeyPolicyEvaluator evaluator, List<Hazard> hazards)
    {
        var managers = new DeletionManagers(evaluator);
        if (managers.MayExist)
        {
            return;
        }

        var administrators = evaluator.AdministratorStatements.FirstOrDefault();
        hazards.Add(new Hazard(
            RuleCatalog.AdministratorsCannotManageDeletion,
            new[] { "no principal may both schedule and cancel deletion: " + managers.Describe() },
            (administrators is null ? "no key-administrator statement" : "the key-administrator statement " + administrators.Name + " grants neither action")
                + ", and no other principal but an open wildcard is allowed both; " + managers.Describe(),
            position: administrators is null ? evaluator.Policy.Position : administrators.Action.Position ?? administrators.Position));
    }

    private static void AddCancellationHazard(KeyPolicyEvaluator evaluator, List<Hazard> hazards)
    {
        var schedulers = evaluator.StatementsAllowing(KmsActions.ScheduleKeyDeletion);
        if (schedulers.Count == 0 || evaluator.AnyoneMay(KmsActions.CancelKeyDeletion) != TriState.False)
        {
            return;
        }

        var scheduler = schedulers[0];
        var denial = evaluator.DenyingEveryone(KmsActions.CancelKeyDeletion)
            ?? evaluator.Policy.Statements
                .Where(s => s.Effect == PolicyEffect.Allow && s.Action.Covers(KmsActions.CancelKeyDeletion) == TriState.True)
                .Select(s => evaluator.DenyingStatement(s, KmsActions.CancelKeyDeletion))
                .FirstOrDefault(d => d is not null);
        var reason = denial is null
            ? "no statement allows kms:CancelKeyDeletion"
            : "kms:CancelKeyDeletion is denied by statement " + denial.Name;
        var at = denial ?? scheduler;
        hazards.Add(new Hazard(
            RuleCatalog.DeletionCannotBeCancelled,
            new[] { "statement " + scheduler.Name, reason },
            "kms:ScheduleKeyDeletion is allowed by " + string.Join(", ", schedulers.Select(s => "statement " + s.Name)) + "; " + reason,
            position: at.Action.Position ?? at.Position));
    }

    private static void AddWildcardHazards(KeyPolicyEvaluator evaluator, List<Hazard> hazards)
    {
        foreach (var statement in evaluator.UnconstrainedStatementsAllowing(KmsActions.ScheduleKeyDeletion))
        {
            hazards.Add(new Hazard(
                RuleCatalog.AnyPrincipalCanScheduleDeletion,
                new[] { " " + statement.Name },
                "statement " + statement.Name + " allows kms:ScheduleKeyDeletion to " + (statement.Principal.IsNegated ? "every principal not listed in NotPrincipal" : "\"*\"") + " with no condition on the caller",
                position: statement.Principal.Position ?? statement.Position));
        }
    }
}
