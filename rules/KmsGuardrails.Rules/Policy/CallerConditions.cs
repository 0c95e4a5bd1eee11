using System;
using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.Rules.Policy;

/// <summary>
/// Whether a statement's conditions narrow who may call, which is what separates a safe
/// <c>"Principal": "*"</c> narrowed by <c>kms:CallerAccount</c> or <c>aws:PrincipalOrgID</c> from
/// an open one. Unknown condition keys count as narrowing, so an unfamiliar key never raises a
/// false alarm; the keys listed here are known to say nothing about the caller.
/// </summary>
public static class CallerConditions
{
    private static readonly HashSet<string> KeysThatDoNotNarrow = new(StringComparer.OrdinalIgnoreCase)
    {
        "aws:SecureTransport", "aws:CurrentTime", "aws:EpochTime", "aws:RequestedRegion",
        "aws:MultiFactorAuthPresent", "aws:MultiFactorAuthAge", "aws:UserAgent", "aws:Referer",
        "aws:TokenIssueTime", "aws:ViaAWSService", "aws:RequestTag", "aws:TagKeys", "aws:ResourceTag",
        "kms:ScheduleKeyDeletionPendingWindowInDays", "kms:EncryptionAlgorithm", "kms:EncryptionContextKeys",
        "kms:GrantIsForAWSResource", "kms:RequestAlias", "kms:ResourceAliases", "kms:KeySpec", "kms:KeyUsage",
        "kms:KeyOrigin", "kms:MultiRegion", "kms:MultiRegionKeyType", "kms:BypassPolicyLockoutSafetyCheck",
    };

    /// <summary>True when some condition certainly narrows the caller; unknown conditions give Unknown.</summary>
    public static TriState Narrow(PolicyStatement statement)
    {
        if (statement.Conditions.Any(Narrows))
        {
            return TriState.True;
        }

        return statement.HasUnknownConditions ? TriState.Unknown : TriState.False;
    }

    public static bool Narrows(PolicyCondition condition)
    {
        var op = BaseOperator(condition.Operator);
        if (op.Equals("Null", StringComparison.OrdinalIgnoreCase) || op.IndexOf("Not", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            // Null tests only presence; a negated operator lets in everyone but a few.
            return false;
        }

        if (KeysThatDoNotNarrow.Contains(KeyFamily(condition.Key)))
        {
            return false;
        }

        var matchesAnything = op.EndsWith("Like", StringComparison.OrdinalIgnoreCase)
            && condition.Values.Count > 0
            && condition.Values.All(v => v == "*");
        return !matchesAnything;
    }

    /// <summary>"ForAnyValue:StringEqualsIfExists" → "StringEquals".</summary>
    private static string BaseOperator(string op)
    {
        var colon = op.IndexOf(':');
        var name = colon >= 0 ? op.Substring(colon + 1) : op;
        return name.EndsWith("IfExists", StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - "IfExists".Length) : name;
    }

    /// <summary>Tag keys ("aws:ResourceTag/team") and encryption-context keys ("kms:EncryptionContext:dept") by their family.</summary>
    private static string KeyFamily(string key)
    {
        var slash = key.IndexOf('/');
        if (slash >= 0)
        {
            return key.Substring(0, slash);
        }

        return key.StartsWith("kms:EncryptionContext:", StringComparison.OrdinalIgnoreCase) ? "kms:EncryptionContextKeys" : key;
    }
}
