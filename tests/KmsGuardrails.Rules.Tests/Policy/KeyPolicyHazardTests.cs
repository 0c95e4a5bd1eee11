using System.Linq;
using KmsGuardrails.Rules.Policy;

namespace KmsGuardrails.Rules.Tests.Policy;

public class KeyPolicyHazardTests
{
    [Fact]
    public void The_default_policy_is_silent()
    {
        Assert.Empty(Hazards(SamplePolicies.Default));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void The_console_policies_are_silent(bool administratorsMayDelete, bool withRootStatement)
    {
        Assert.Empty(Hazards(SamplePolicies.Console(administratorsMayDelete, withRootStatement)));
    }

    [Fact]
    public void KMS011_administrators_who_can_schedule_but_not_cancel()
    {
        var json = SamplePolicies.Console(administratorsMayDelete: true).Replace(", \"kms:CancelKeyDeletion\"", "");

        var hazard = Assert.Single(Hazards(json));

        Assert.Equal("KMS011", hazard.Rule.Id);
        Assert.Equal("Key policy 'app': the key-administrator statement 'Allow access for Key Administrators' lacks kms:CancelKeyDeletion", hazard.FormatMessage("app"));
        Assert.Equal(new SourcePosition(16, 17), hazard.Position);
    }

    [Fact]
    public void KMS011_administrators_who_can_cancel_but_not_schedule()
    {
        var hazard = Assert.Single(Hazards(SamplePolicies.Of("""
            { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "kms:*", "Resource": "*" },
            { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/Admin" }, "Action": [ "kms:Put*", "kms:Disable*", "kms:CancelKeyDeletion" ], "Resource": "*" }
            """)));

        Assert.Equal("KMS011", hazard.Rule.Id);
        Assert.Equal("Key policy 'app': the key-administrator statement #2 lacks kms:ScheduleKeyDeletion", hazard.FormatMessage("app"));
    }

    [Fact]
    public void KMS012_deletion_denied_to_cancel()
    {
        var hazard = Assert.Single(Hazards(SamplePolicies.Of("""
            { "Sid": "Enable IAM User Permissions", "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "kms:*", "Resource": "*" },
            { "Sid": "NoCancel", "Effect": "Deny", "Principal": "*",
              "Action": "kms:CancelKeyDeletion", "Resource": "*" }
            """)));

        Assert.Equal("KMS012", hazard.Rule.Id);
        Assert.Equal("Key policy 'app': statement 'Enable IAM User Permissions' can schedule deletion of the key, but kms:CancelKeyDeletion is denied by statement 'NoCancel'", hazard.FormatMessage("app"));
        Assert.Equal(new SourcePosition(3, 13), hazard.Position);
    }

    [Fact]
    public void KMS012_nobody_allowed_to_cancel()
    {
        var hazard = Assert.Single(Hazards(SamplePolicies.Of("""
            { "Sid": "Cleanup", "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/Cleanup" },
              "Action": "kms:ScheduleKeyDeletion", "Resource": "*" }
            """)));

        Assert.Equal("KMS012", hazard.Rule.Id);
        Assert.Equal("Key policy 'app': statement 'Cleanup' can schedule deletion of the key, but no statement allows kms:CancelKeyDeletion", hazard.FormatMessage("app"));
        Assert.Equal(new SourcePosition(2, 13), hazard.Position);
    }

    [Fact]
    public void KMS012_is_silent_when_cancel_is_denied_only_under_a_condition_or_allowed_by_an_unknown_statement()
    {
        Assert.Empty(Hazards(SamplePolicies.Of("""
            { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "kms:*", "Resource": "*" },
            { "Effect": "Deny", "Principal": "*", "Action": "kms:CancelKeyDeletion", "Resource": "*",
              "Condition": { "StringNotEquals": { "aws:PrincipalOrgID": "o-exampleorgid" } } }
            """)));
        Assert.DoesNotContain(Hazards(SamplePolicies.Of("""
            { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/Cleanup" }, "Action": "kms:ScheduleKeyDeletion", "Resource": "*" },
            { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/Admin" }, "Action": "kms:CancelKeyDeletion", "Resource": "*",
              "Condition": { "Bool": { "aws:MultiFactorAuthPresent": "true" } } }
            """)), h => h.Rule.Id == "KMS012");
    }

    [Fact]
    public void KMS012_is_silent_when_nobody_can_schedule()
    {
        Assert.DoesNotContain(Hazards(SamplePolicies.Of("""
            { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/App" }, "Action": [ "kms:Encrypt", "kms:Decrypt" ], "Resource": "*" },
            { "Effect": "Deny", "Principal": "*", "Action": "kms:*Deletion", "Resource": "*" }
            """)), h => h.Rule.Id == "KMS012");
    }

    [Fact]
    public void KMS013_a_wildcard_principal_without_conditions()
    {
        var hazards = Hazards(SamplePolicies.Of("""
            { "Sid": "Public", "Effect": "Allow",
              "Principal": "*", "Action": "kms:*", "Resource": "*" }
            """));

        var hazard = Assert.Single(hazards);
        Assert.Equal("KMS013", hazard.Rule.Id);
        Assert.Equal("Key policy 'app': statement 'Public' lets any principal schedule deletion of the key", hazard.FormatMessage("app"));
        Assert.Equal(new SourcePosition(2, 16), hazard.Position);
    }

    [Fact]
    public void KMS013_is_silent_for_deny_wildcards_narrowed_wildcards_and_wildcards_without_deletion()
    {
        Assert.Empty(Hazards(SamplePolicies.Default.Replace("\"Statement\": [", """
            "Statement": [
              { "Effect": "Deny", "Principal": "*", "Action": "kms:*", "Resource": "*", "Condition": { "Bool": { "aws:SecureTransport": "false" } } },
              { "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "kms:*", "Resource": "*", "Condition": { "StringEquals": { "kms:CallerAccount": "111122223333" } } },
              { "Effect": "Allow", "Principal": "*", "Action": [ "kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*" ], "Resource": "*" },
            """)));
    }

    [Fact]
    public void Several_rules_on_one_policy_come_in_document_order()
    {
        var hazards = Hazards(SamplePolicies.Of("""
            { "Sid": "Public", "Effect": "Allow", "Principal": "*", "Action": "kms:ScheduleKeyDeletion", "Resource": "*" },
            { "Sid": "Admins", "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/Admin" }, "Action": [ "kms:PutKeyPolicy", "kms:EnableKey", "kms:ScheduleKeyDeletion" ], "Resource": "*" }
            """));

        Assert.Equal(new[] { "KMS013", "KMS012", "KMS011" }, hazards.Select(h => h.Rule.Id));
    }

    [Fact]
    public void KMS016_is_positioned_where_the_setting_is()
    {
        var hazard = KeyPolicyHazards.LockoutSafetyCheckBypassed(new SourcePosition(4, 7));

        Assert.Equal("KMS016", hazard.Rule.Id);
        Assert.Equal(new SourcePosition(4, 7), hazard.Position);
        Assert.Equal("Key 'app': BypassPolicyLockoutSafetyCheck is enabled, so a policy that locks everyone out of the key is accepted", hazard.FormatMessage("app"));
    }

    [Fact]
    public void KMS011_administrators_who_can_neither_schedule_nor_cancel_and_no_root_statement()
    {
        var hazard = Assert.Single(Hazards(SamplePolicies.Console(administratorsMayDelete: false, withRootStatement: false)));

        Assert.Equal("KMS011", hazard.Rule.Id);
        Assert.Equal(
            "Key policy 'app': no principal may both schedule and cancel deletion: kms:ScheduleKeyDeletion is allowed to no one and kms:CancelKeyDeletion to no one",
            hazard.FormatMessage("app"));
        Assert.Equal(new SourcePosition(10, 17), hazard.Position);
    }

    [Fact]
    public void KMS011_names_who_can_schedule_and_who_can_cancel_when_no_one_can_do_both()
    {
        var hazard = Assert.Single(Hazards(SamplePolicies.Of("""
            { "Sid": "Cleanup", "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/Cleanup" }, "Action": "kms:ScheduleKeyDeletion", "Resource": "*" },
            { "Sid": "Oncall", "Effect": "Allow", "Principal": { "AWS": [ "arn:aws:iam::111122223333:role/Oncall", "arn:aws:iam::111122223333:role/Admin" ] }, "Action": "kms:CancelKeyDeletion", "Resource": "*",
              "Condition": { "Bool": { "aws:MultiFactorAuthPresent": "true" } } }
            """)));

        Assert.Equal("KMS011", hazard.Rule.Id);
        Assert.Equal(
            "Key policy 'app': no principal may both schedule and cancel deletion: kms:ScheduleKeyDeletion is allowed to arn:aws:iam::111122223333:role/Cleanup (statement 'Cleanup') and kms:CancelKeyDeletion to arn:aws:iam::111122223333:role/Oncall (statement 'Oncall'), arn:aws:iam::111122223333:role/Admin (statement 'Oncall')",
            hazard.FormatMessage("app"));
    }

    [Fact]
    public void KMS011_a_policy_that_denies_deletion_to_everyone_is_reported_unless_the_option_is_off()
    {
        var json = SamplePolicies.Of("""
            { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "kms:*", "Resource": "*" },
            { "Sid": "Locked", "Effect": "Deny", "Principal": "*", "Action": "kms:ScheduleKeyDeletion", "Resource": "*" }
            """);

        Assert.Equal("KMS011", Assert.Single(Hazards(json)).Rule.Id);
        Assert.Empty(Hazards(json, new KeyPolicyOptions { RequireDeletionAdministrators = false }));
    }

    [Fact]
    public void KMS011_a_deny_for_one_principal_takes_its_permission_away()
    {
        var hazard = Assert.Single(Hazards(SamplePolicies.Of("""
            { "Sid": "Admins", "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/Admin" }, "Action": "kms:*Deletion", "Resource": "*" },
            { "Sid": "Ops", "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/Ops" }, "Action": "kms:CancelKeyDeletion", "Resource": "*" },
            { "Sid": "NotAdmins", "Effect": "Deny", "Principal": { "AWS": "arn:aws:iam::111122223333:role/Admin" }, "Action": "kms:CancelKeyDeletion", "Resource": "*" }
            """)));

        Assert.Equal("KMS011", hazard.Rule.Id);
        Assert.Contains("kms:CancelKeyDeletion to arn:aws:iam::111122223333:role/Ops (statement 'Ops')", hazard.FormatMessage("app"));
    }

    [Theory]
    [InlineData("""
        { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/Admin" }, "Action": "kms:ScheduleKeyDeletion", "Resource": "*" },
        { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/Admin" }, "Action": "kms:CancelKeyDeletion", "Resource": "*" }
        """)]
    [InlineData("""
        { "Effect": "Allow", "Principal": { "AWS": "111122223333" }, "Action": "kms:ScheduleKeyDeletion", "Resource": "*" },
        { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "kms:CancelKeyDeletion", "Resource": "*" }
        """)]
    [InlineData("""
        { "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "kms:*", "Resource": "*", "Condition": { "StringEquals": { "kms:CallerAccount": "111122223333" } } }
        """)]
    [InlineData("""
        { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/Ops" }, "Action": "kms:ScheduleKeyDeletion", "Resource": "*" },
        { "Effect": "Allow", "Principal": "*", "Action": "kms:CancelKeyDeletion", "Resource": "*", "Condition": { "StringEquals": { "aws:PrincipalOrgID": "o-exampleorgid" } } }
        """)]
    [InlineData("""
        { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/Admin" }, "NotAction": [ "kms:Encrypt", "kms:Decrypt" ], "Resource": "*" }
        """)]
    [InlineData("""
        { "Effect": "Allow", "Principal": { "Service": "backup.amazonaws.com" }, "Action": [ "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion" ], "Resource": "*",
          "Condition": { "StringEquals": { "aws:SourceAccount": "111122223333" } } }
        """)]
    public void KMS011_is_silent_when_some_principal_may_both_schedule_and_cancel(string statements)
    {
        Assert.Empty(Hazards(SamplePolicies.Of(statements)));
    }

    [Fact]
    public void KMS011_is_silent_when_a_statement_or_a_principal_is_not_known()
    {
        var unknownPrincipal = new KeyPolicy(
            new[]
            {
                new PolicyStatement(1, "Admins", PolicyEffect.Allow, new PrincipalElement(new[] { new Principal("AWS", null) }, isNegated: false, hasUnknownPart: true, position: null), new ActionElement(new[] { "kms:*" }, isNegated: false, position: null), new PolicyCondition[0], hasUnknownConditions: false, position: null),
            },
            hasUnknownStatements: false,
            position: new SourcePosition(1, 1));
        var unknownStatements = new KeyPolicy(new PolicyStatement[0], hasUnknownStatements: true, new SourcePosition(1, 1));

        Assert.Empty(KeyPolicyHazards.Of(unknownPrincipal));
        Assert.Empty(KeyPolicyHazards.Of(unknownStatements));
    }

    private static System.Collections.Generic.IReadOnlyList<Hazard> Hazards(string json, KeyPolicyOptions? options = null)
    {
        var read = KeyPolicyReader.Read(json);
        Assert.Empty(read.Problems);
        return KeyPolicyHazards.Of(read.Policy!, options);
    }
}
