using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KmsGuardrails.Rules.Documents;
using KmsGuardrails.Rules.Policy;
using KmsGuardrails.Rules.Tests.Policy;

namespace KmsGuardrails.Rules.Tests.Documents;

public class JsonDocumentParserPropertyTests
{
    [Property(MaxTest = 2000)]
    public bool Any_text_gives_a_value_or_a_positioned_problem(string? text)
    {
        var result = JsonDocumentParser.Parse(text ?? string.Empty);
        return (result.Root is null) != (result.Problem is null)
            && (result.Problem is null || (result.Problem.Position.Line >= 1 && result.Problem.Position.Column >= 1));
    }

    [Property(MaxTest = 2000)]
    public bool Mutated_and_truncated_policies_never_throw(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var policy = SamplePolicies.Console(administratorsMayDelete: random.Next(2) == 0).ToCharArray();
        var length = random.Next(policy.Length + 1);
        for (var i = random.Next(4); i > 0 && length > 0; i--)
        {
            policy[random.Next(length)] = "{}[]\",:*\\ a0"[random.Next(12)];
        }

        var read = KeyPolicyReader.Read(new string(policy, 0, length));
        if (read.Policy is not null)
        {
            KeyPolicyHazards.Of(read.Policy);
        }

        return read.Policy is not null || read.Problems.Count > 0;
    }
}
