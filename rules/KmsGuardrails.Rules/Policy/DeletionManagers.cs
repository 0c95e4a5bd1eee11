using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.Rules.Policy;

/// <summary>
/// Whether some principal may both schedule and cancel deletion of the key (KMS011's second
/// case), and who may do each. A principal may do what a statement naming it allows, and what a
/// wildcard statement allows everyone (a wildcard narrowed to the account or organisation by a
/// caller condition delegates within it; an open one is KMS013's concern). Conditions on an
/// Allow are set aside and only an unconditional Deny takes a permission away, so the answer is
/// "no" only when the policy makes it certain.
/// </summary>
internal sealed class DeletionManagers
{
    private const string Anyone = "*";
    private const string SomeoneUnknown = "?";

    /// <summary>An account written as its id or its root ARN is one principal: the account.</summary>
    private static readonly Regex AccountRoot = new(@"^(?:arn:aws[\w-]*:iam::)?(?<account>\d{12})(?::root)?$", RegexOptions.CultureInvariant);

    private readonly KeyPolicyEvaluator evaluator;
    private readonly Grants schedulers;
    private readonly Grants cancellers;

    public DeletionManagers(KeyPolicyEvaluator evaluator)
    {
        this.evaluator = evaluator;
        schedulers = PossibleGrants(KmsActions.ScheduleKeyDeletion);
        cancellers = PossibleGrants(KmsActions.CancelKeyDeletion);
    }

    /// <summary>False only when the policy certainly lets no principal both schedule and cancel deletion.</summary>
    public bool MayExist =>
        evaluator.Policy.HasUnknownStatements
        || (schedulers.HasWildcardOrUnknown && cancellers.Principals.Count > 0)
        || (cancellers.HasWildcardOrUnknown && schedulers.Principals.Count > 0)
        || schedulers.Principals.Keys.Any(cancellers.Principals.ContainsKey);

    /// <summary>"kms:ScheduleKeyDeletion is allowed to no one and kms:CancelKeyDeletion to role/Auditor (statement 'Audit')".</summary>
    public string Describe() =>
        KmsActions.ScheduleKeyDeletion + " is allowed to " + schedulers + " and " + KmsActions.CancelKeyDeletion + " to " + cancellers;

    private Grants PossibleGrants(string action)
    {
        var grants = new Grants();
        if (evaluator.DenyingEveryone(action) is not null)
        {
            return grants;
        }

        foreach (var statement in evaluator.Policy.Statements)
        {
            if (statement.Effect == PolicyEffect.Deny || statement.Action.Covers(action) == TriState.False)
            {
                continue;
            }

            if (statement.Principal.IsEveryone == TriState.True)
            {
                grants.Add(Anyone, "any principal", statement);
                continue;
            }

            if (statement.Principal.HasUnknownPart)
            {
                grants.Add(SomeoneUnknown, "a principal not known before deployment", statement);
            }

            foreach (var principal in statement.Principal.Principals)
            {
                if (!principal.IsKnown)
                {
                    grants.Add(SomeoneUnknown, "a principal not known before deployment", statement);
                }
                else if (!IsCertainlyDenied(principal, action))
                {
                    grants.Add(KeyOf(principal), principal.Value!, statement);
                }
            }
        }

        return grants;
    }

    private bool IsCertainlyDenied(Principal principal, string action) =>
        evaluator.UnconditionalDenials(action).Any(deny =>
            deny.Principal.IsNegated
                ? !deny.Principal.HasUnknownPart && !deny.Principal.Principals.Any(p => p.IsKnown && KeyOf(p) == KeyOf(principal))
                : deny.Principal.IsEveryone == TriState.True || deny.Principal.Principals.Any(p => p.IsKnown && KeyOf(p) == KeyOf(principal)));

    private static string KeyOf(Principal principal)
    {
        var match = principal.Type == "AWS" ? AccountRoot.Match(principal.Value!) : Match.Empty;
        return match.Success ? "account:" + match.Groups["account"].Value : principal.Type + ":" + principal.Value;
    }

    /// <summary>The principals a statement may give one action to, by normalised key, with how messages name them.</summary>
    private sealed class Grants
    {
        private const int NamedInMessages = 3;

        public Dictionary<string, string> Principals { get; } = new(StringComparer.Ordinal);

        private readonly List<string> descriptions = new();

        public bool HasWildcardOrUnknown => Principals.ContainsKey(Anyone) || Principals.ContainsKey(SomeoneUnknown);

        public void Add(string key, string name, PolicyStatement statement)
        {
            if (!Principals.ContainsKey(key))
            {
                Principals[key] = name;
                descriptions.Add(name + " (statement " + statement.Name + ")");
            }
        }

        public override string ToString() =>
            descriptions.Count == 0 ? "no one"
            : descriptions.Count <= NamedInMessages ? string.Join(", ", descriptions)
            : string.Join(", ", descriptions.Take(NamedInMessages)) + " and " + (descriptions.Count - NamedInMessages) + " more";
    }
}
