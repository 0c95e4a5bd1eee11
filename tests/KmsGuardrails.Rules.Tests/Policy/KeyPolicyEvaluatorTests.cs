using KmsGuardrails.Rules.Lifecycle;
using KmsGuardrails.Rules.Policy;

namespace KmsGuardrails.Rules.Tests.Policy;

public class KeyPolicyEvaluatorTests
{
    private const string Schedule = KmsActions.ScheduleKeyDeletion;
    private const string Cancel = KmsActions.CancelKeyDeletion;

    [Fact]
    public void The_default_policy_lets_the_account_schedule_and_cancel()
    {
        var evaluator = Evaluate(SamplePolicies.Default);

        Assert.Equal("'Enable IAM User Permissions'", Assert.Single(evaluator.StatementsAllowing(Schedule)).Name);
        Assert.Single(evaluator.StatementsAllowing(Cancel));
        Assert.Empty(evaluator.UnconstrainedStatementsAllowing(Schedule));
        Assert.Empty(evaluator.AdministratorStatements);
    }

    [Fact]
    public void The_console_policy_names_its_administrator_statement()
    {
        var evaluator = Evaluate(SamplePolicies.Console(administratorsMayDelete: true));

        var administrators = Assert.Single(evaluator.AdministratorStatements);
        Assert.Equal("Allow access for Key Administrators", administrators.Sid);
        Assert.Equal(TriState.True, administrators.Action.Covers(Schedule));
        Assert.Equal(TriState.True, administrators.Action.Covers(Cancel));
    }

    [Fact]
    public void Without_the_delete_box_the_administrators_can_neither_schedule_nor_cancel()
    {
        var evaluator = Evaluate(SamplePolicies.Console(administratorsMayDelete: false, withRootStatement: false));

        var administrators = Assert.Single(evaluator.AdministratorStatements);
        Assert.Equal(TriState.False, administrators.Action.Covers(Schedule));
        Assert.Equal(TriState.False, administrators.Action.Covers(Cancel));
        Assert.Equal(TriState.False, evaluator.AnyoneMay(Schedule));
    }

    [Fact]
    public void An_administrator_statement_is_recognised_by_its_actions_without_the_console_sid()
    {
        var evaluator = Evaluate(SamplePolicies.Of("""
            { "Sid": "Admins", "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/Ops" },
              "Action": [ "kms:PutKeyPolicy", "kms:DisableKey", "kms:*Deletion" ], "Resource": "*" },
            { "Sid": "Everything", "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/Break" },
              "Action": [ "kms:PutKeyPolicy", "kms:EnableKey", "kms:Decrypt" ], "Resource": "*" }
            """));

        Assert.Equal("Admins", Assert.Single(evaluator.AdministratorStatements).Sid);
    }

    [Fact]
    public void An_unconditional_deny_of_cancel_wins_over_every_allow()
    {
        var evaluator = Evaluate(SamplePolicies.Of("""
            { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "kms:*", "Resource": "*" },
            { "Sid": "NoCancel", "Effect": "Deny", "Principal": "*", "Action": "kms:CancelKeyDeletion", "Resource": "*" }
            """));

        Assert.Equal(TriState.True, evaluator.AnyoneMay(Schedule));
        Assert.Equal(TriState.False, evaluator.AnyoneMay(Cancel));
        Assert.Equal("NoCancel", evaluator.DenyingEveryone(Cancel)!.Sid);
    }

    [Fact]
    public void A_conditional_deny_of_cancel_does_not_deny_everyone()
    {
        var evaluator = Evaluate(SamplePolicies.Of("""
            { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "kms:*", "Resource": "*" },
            { "Effect": "Deny", "Principal": "*", "Action": "kms:CancelKeyDeletion", "Resource": "*",
              "Condition": { "StringNotEquals": { "aws:PrincipalOrgID": "o-exampleorgid" } } }
            """));

        Assert.Equal(TriState.True, evaluator.AnyoneMay(Cancel));
        Assert.Null(evaluator.DenyingEveryone(Cancel));
    }

    [Fact]
    public void A_deny_naming_other_principals_leaves_the_allowed_ones_alone()
    {
        var evaluator = Evaluate(SamplePolicies.Of("""
            { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/Admin" }, "Action": "kms:*Deletion", "Resource": "*" },
            { "Effect": "Deny", "Principal": { "AWS": "arn:aws:iam::111122223333:role/App" }, "Action": "kms:*", "Resource": "*" }
            """));

        Assert.Single(evaluator.StatementsAllowing(Cancel));
    }

    [Fact]
    public void A_deny_with_not_principal_denies_everyone_not_listed()
    {
        var evaluator = Evaluate(SamplePolicies.Of("""
            { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/Admin" }, "Action": "kms:*Deletion", "Resource": "*" },
            { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/Ops" }, "Action": "kms:ScheduleKeyDeletion", "Resource": "*" },
            { "Effect": "Deny", "NotPrincipal": { "AWS": "arn:aws:iam::111122223333:role/Ops" }, "Action": "kms:CancelKeyDeletion", "Resource": "*" }
            """));

        Assert.Equal(TriState.False, evaluator.AnyoneMay(Cancel));
        Assert.Equal(2, evaluator.StatementsAllowing(Schedule).Count);
    }

    [Fact]
    public void Not_action_in_an_allow_grants_everything_it_does_not_list()
    {
        var evaluator = Evaluate(SamplePolicies.Of("""
            { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/Ops" }, "NotAction": "kms:Decrypt", "Resource": "*" },
            { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/Dev" }, "NotAction": "kms:*Deletion", "Resource": "*" }
            """));

        Assert.Single(evaluator.StatementsAllowing(Schedule));
        Assert.Single(evaluator.StatementsAllowing(Cancel));
    }

    [Fact]
    public void Not_action_in_a_deny_denies_everything_it_does_not_list()
    {
        var evaluator = Evaluate(SamplePolicies.Of("""
            { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "kms:*", "Resource": "*" },
            { "Effect": "Deny", "Principal": "*", "NotAction": [ "kms:Encrypt", "kms:Decrypt", "kms:ScheduleKeyDeletion" ], "Resource": "*" }
            """));

        Assert.Equal(TriState.True, evaluator.AnyoneMay(Schedule));
        Assert.Equal(TriState.False, evaluator.AnyoneMay(Cancel));
    }

    [Theory]
    [InlineData("\"*\"", true)]
    [InlineData("{ \"AWS\": \"*\" }", true)]
    [InlineData("{ \"AWS\": [ \"arn:aws:iam::111122223333:root\", \"*\" ] }", true)]
    [InlineData("{ \"AWS\": \"arn:aws:iam::111122223333:root\" }", false)]
    [InlineData("{ \"Service\": \"logs.amazonaws.com\" }", false)]
    public void A_wildcard_principal_without_conditions_is_unconstrained(string principal, bool unconstrained)
    {
        var evaluator = Evaluate(SamplePolicies.Of($$"""{ "Effect": "Allow", "Principal": {{principal}}, "Action": "kms:*", "Resource": "*" }"""));

        Assert.Equal(unconstrained, evaluator.UnconstrainedStatementsAllowing(Schedule).Count == 1);
    }

    [Theory]
    [InlineData("""{ "StringEquals": { "kms:CallerAccount": "111122223333" } }""", false)]
    [InlineData("""{ "ArnLike": { "aws:PrincipalArn": "arn:aws:iam::111122223333:role/Admin*" } }""", false)]
    [InlineData("""{ "StringEquals": { "aws:PrincipalOrgID": "o-exampleorgid" } }""", false)]
    [InlineData("""{ "StringEqualsIfExists": { "aws:PrincipalAccount": "111122223333" } }""", false)]
    [InlineData("""{ "StringEquals": { "kms:ViaService": "s3.us-east-1.amazonaws.com" } }""", false)]
    [InlineData("""{ "StringEquals": { "example:SomeFutureKey": "x" } }""", false)]
    [InlineData("""{ "Bool": { "aws:SecureTransport": "true" } }""", true)]
    [InlineData("""{ "Null": { "aws:PrincipalArn": "false" } }""", true)]
    [InlineData("""{ "StringNotEquals": { "kms:CallerAccount": "444455556666" } }""", true)]
    [InlineData("""{ "ArnLike": { "aws:PrincipalArn": "*" } }""", true)]
    [InlineData("""{ "NumericLessThan": { "kms:ScheduleKeyDeletionPendingWindowInDays": "30" } }""", true)]
    [InlineData("""{ "StringEquals": { "kms:EncryptionContext:team": "payments" } }""", true)]
    public void Conditions_that_narrow_the_caller_constrain_a_wildcard(string condition, bool unconstrained)
    {
        var evaluator = Evaluate(SamplePolicies.Of($$"""{ "Effect": "Allow", "Principal": "*", "Action": "kms:*", "Resource": "*", "Condition": {{condition}} }"""));

        Assert.Equal(unconstrained, evaluator.UnconstrainedStatementsAllowing(Schedule).Count == 1);
    }

    [Fact]
    public void Not_principal_in_an_allow_lets_in_everyone_else()
    {
        var evaluator = Evaluate(SamplePolicies.Of("""
            { "Effect": "Allow", "NotPrincipal": { "AWS": "arn:aws:iam::111122223333:role/App" }, "Action": "kms:ScheduleKeyDeletion", "Resource": "*" }
            """));

        Assert.Single(evaluator.UnconstrainedStatementsAllowing(Schedule));
    }

    [Fact]
    public void A_deny_of_scheduling_for_everyone_takes_back_a_wildcard_allow()
    {
        var evaluator = Evaluate(SamplePolicies.Of("""
            { "Effect": "Allow", "Principal": "*", "Action": "kms:*", "Resource": "*" },
            { "Effect": "Deny", "Principal": { "AWS": "*" }, "Action": "kms:Schedule*", "Resource": "*" }
            """));

        Assert.Empty(evaluator.UnconstrainedStatementsAllowing(Schedule));
        Assert.Equal(TriState.False, evaluator.AnyoneMay(Schedule));
    }

    [Fact]
    public void Unknown_statements_and_actions_make_the_answer_unknown()
    {
        var evaluator = Evaluate(SamplePolicies.Of("""
            { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:role/Ops" }, "Action": "kms:ScheduleKeyDeletion", "Resource": "*" }
            """));
        var withUnknown = new KeyPolicyEvaluator(new KeyPolicy(evaluator.Policy.Statements, hasUnknownStatements: true, position: null));

        Assert.Equal(TriState.False, evaluator.AnyoneMay(Cancel));
        Assert.Equal(TriState.Unknown, withUnknown.AnyoneMay(Cancel));
    }

    private static KeyPolicyEvaluator Evaluate(string json)
    {
        var read = KeyPolicyReader.Read(json);
        Assert.Empty(read.Problems);
        return new KeyPolicyEvaluator(read.Policy!);
    }
}
