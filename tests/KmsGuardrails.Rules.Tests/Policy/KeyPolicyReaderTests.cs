using System.Linq;
using KmsGuardrails.Rules.Documents;
using KmsGuardrails.Rules.Lifecycle;
using KmsGuardrails.Rules.Policy;

namespace KmsGuardrails.Rules.Tests.Policy;

public class KeyPolicyReaderTests
{
    [Fact]
    public void Reads_every_element_of_a_statement()
    {
        var read = KeyPolicyReader.Read("""
            { "Version": "2012-10-17", "Statement": {
                "Sid": "Ops", "Effect": "Deny",
                "NotPrincipal": { "AWS": [ "arn:aws:iam::111122223333:role/A", "arn:aws:iam::111122223333:role/B" ], "Service": "logs.amazonaws.com" },
                "NotAction": "kms:Decrypt", "Resource": "*",
                "Condition": { "StringEquals": { "kms:CallerAccount": [ "111122223333", "444455556666" ] }, "Bool": { "aws:SecureTransport": false } } } }
            """);

        Assert.Empty(read.Problems);
        var statement = Assert.Single(read.Policy!.Statements);
        Assert.Equal(("Ops", PolicyEffect.Deny, "#1"), (statement.Sid, statement.Effect, "#" + statement.Number));
        Assert.True(statement.Principal.IsNegated);
        Assert.Equal(new[] { "AWS:arn:aws:iam::111122223333:role/A", "AWS:arn:aws:iam::111122223333:role/B", "Service:logs.amazonaws.com" }, statement.Principal.Principals.Select(p => p.ToString()));
        Assert.True(statement.Action.IsNegated);
        Assert.Equal(new[] { "kms:Decrypt" }, statement.Action.Patterns);
        Assert.Equal(new[] { "StringEquals kms:CallerAccount 111122223333,444455556666", "Bool aws:SecureTransport false" },
            statement.Conditions.Select(c => c.Operator + " " + c.Key + " " + string.Join(",", c.Values)));
        Assert.Equal(new SourcePosition(3, 21), statement.Principal.Position);
    }

    [Fact]
    public void Unknown_parts_stay_unknown()
    {
        var position = new SourcePosition(1, 1);
        var document = new DocMap(position, null, new[]
        {
            Member("Statement", new DocList(position, null, new DocNode[]
            {
                new DocMap(position, null, new[]
                {
                    Member("Effect", new DocScalar(position, null, "Allow", isQuoted: true)),
                    Member("Principal", new DocMap(position, null, new[] { Member("AWS", new DocUnknown(position, "!Ref Admins")) })),
                    Member("Action", new DocList(position, null, new DocNode[] { new DocScalar(position, null, "kms:Describe*", isQuoted: true), new DocUnknown(position, "!Ref Extra") })),
                    Member("Condition", new DocUnknown(position, "!If [...]")),
                }),
                new DocUnknown(position, "!If [ HasAuditors, {...}, !Ref AWS::NoValue ]"),
            })),
        });

        var read = KeyPolicyReader.Read(document);

        Assert.Empty(read.Problems);
        Assert.True(read.Policy!.HasUnknownStatements);
        var statement = Assert.Single(read.Policy.Statements);
        Assert.Equal(TriState.Unknown, statement.Principal.IsEveryone);
        Assert.Equal(TriState.Unknown, statement.Action.Covers(KmsActions.ScheduleKeyDeletion));
        Assert.True(statement.HasUnknownConditions);
    }

    [Theory]
    [InlineData("""[ 1 ]""", 1, 1, "a key policy is a JSON object with a Statement element")]
    [InlineData("""{ "Version": "2012-10-17" }""", 1, 1, "the policy has no Statement element")]
    [InlineData("""{ "Version": "2020-01-01", "Statement": [] }""", 1, 14, "Version must be \"2012-10-17\" (or the older \"2008-10-17\")")]
    [InlineData("""{ "Statement": [ "Allow" ] }""", 1, 18, "a statement is a JSON object")]
    [InlineData("""{ "Statement": [ { "Effect": "allow", "Principal": "*", "Action": "kms:*" } ] }""", 1, 30, "Effect must be \"Allow\" or \"Deny\"")]
    [InlineData("""{ "Statement": [ { "Principal": "*", "Action": "kms:*" } ] }""", 1, 18, "the statement has no Effect")]
    [InlineData("""{ "Statement": [ { "Effect": "Allow", "Action": "kms:*" } ] }""", 1, 18, "a key-policy statement needs a Principal or NotPrincipal")]
    [InlineData("""{ "Statement": [ { "Effect": "Allow", "Principal": "*" } ] }""", 1, 18, "the statement needs an Action or NotAction")]
    [InlineData("""{ "Statement": [ { "Effect": "Allow", "Principal": "*", "Action": "kms:*", "NotAction": "kms:Decrypt" } ] }""", 1, 89, "a statement has either Action or NotAction, not both")]
    [InlineData("""{ "Statement": [ { "Effect": "Allow", "Principal": "arn:aws:iam::111122223333:root", "Action": "kms:*" } ] }""", 1, 52, "Principal must be \"*\" or an object such as {\"AWS\": \"arn:aws:iam::111122223333:root\"}")]
    [InlineData("""{ "Statement": [ { "Effect": "Allow", "Principal": "*", "Action": [ { } ] } ] }""", 1, 69, "an action must be a string")]
    [InlineData("""{ "Statement": [ { "Effect": "Allow", "Principal": "*", "Action": "kms:*", "Condition": { "Bool": true } } ] }""", 1, 99, "a condition operator maps condition keys to values")]
    [InlineData("""{ "Statement": { "Effect": "Allow", "Principal": "*", "Action": "kms:*", "Condition": [] } }""", 1, 87, "Condition is an object of operators")]
    public void Malformed_elements_are_positioned_problems(string json, int line, int column, string message)
    {
        var read = KeyPolicyReader.Read(json);

        Assert.Equal(new DocumentProblem(new SourcePosition(line, column), message), Assert.Single(read.Problems));
    }

    [Fact]
    public void Bad_json_is_a_problem_and_no_policy()
    {
        var read = KeyPolicyReader.Read("{ \"Statement\": [ }");

        Assert.Null(read.Policy);
        Assert.Equal(new SourcePosition(1, 18), Assert.Single(read.Problems).Position);
    }

    [Fact]
    public void A_policy_over_the_32_KB_KMS_accepts_is_refused_unread()
    {
        var statement = """{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "kms:*" }""";
        var fits = "{ \"Statement\": [" + string.Join(",", Enumerable.Repeat(statement, 330)) + "] }";
        var over = "{ \"Statement\": [" + string.Join(",", Enumerable.Repeat(statement, 400)) + "] }";

        Assert.InRange(fits.Length, 32_000, KeyPolicyReader.MaximumBytes);
        Assert.Empty(KeyPolicyReader.Read(fits).Problems);
        var read = KeyPolicyReader.Read(over);
        Assert.Null(read.Policy);
        Assert.Equal(new DocumentProblem(new SourcePosition(1, 1), $"the policy is {over.Length} bytes, over the 32 KB (32768 bytes) KMS accepts"), Assert.Single(read.Problems));
    }

    [Fact]
    public void A_policy_document_over_32_KB_as_json_is_refused()
    {
        var position = new SourcePosition(3, 5);
        var statements = Enumerable.Range(0, 400).Select(i => (DocNode)new DocMap(position, null, new[]
        {
            Member("Effect", new DocScalar(position, null, "Allow", isQuoted: true)),
            Member("Principal", new DocMap(position, null, new[] { Member("AWS", new DocScalar(position, null, "arn:aws:iam::111122223333:role/role-" + i, isQuoted: true)) })),
            Member("Action", new DocScalar(position, null, "kms:*", isQuoted: true)),
        })).ToArray();

        var read = KeyPolicyReader.Read(new DocMap(position, null, new[] { Member("Statement", new DocList(position, null, statements)) }));

        Assert.Null(read.Policy);
        Assert.Equal(new DocumentProblem(position, "the policy is over the 32 KB (32768 bytes) KMS accepts, even written as JSON without spaces"), Assert.Single(read.Problems));
    }

    private static DocMember Member(string key, DocNode value) => new(key, value.Position, value);
}
