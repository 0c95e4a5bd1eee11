using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Findings;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Policy;

namespace KmsGuardrails.PolicyEngine.Checks;

/// <summary>
/// The key-policy rules (KMS011–KMS013, KMS016) on every value a declared policy may take,
/// through the shared evaluator. A policy AWS would reject as malformed is reported as a problem
/// of the input, at the element that is wrong.
/// </summary>
internal static class PolicyChecks
{
    public static IEnumerable<Finding> Check(PolicyDeclaration declaration, List<InputProblem> problems, KeyPolicyOptions options)
    {
        var findings = new List<Finding>();
        foreach (var source in declaration.Policies)
        {
            var read = source.Document is not null ? KeyPolicyReader.Read(source.Document) : KeyPolicyReader.Read(source.Json!);
            foreach (var problem in read.Problems)
            {
                problems.Add(source.Document is not null
                    ? new InputProblem(declaration.File, problem.Position, $"key policy of '{declaration.Address}': {problem.Message}")
                    : new InputProblem(declaration.File, source.Location, $"key policy of '{declaration.Address}', at line {problem.Position.Line}, column {problem.Position.Column} of the policy string: {problem.Message}"));
            }

            if (read.Policy is { } policy)
            {
                var conditions = declaration.Conditions.Concat(source.Conditions).ToList();
                findings.AddRange(KeyPolicyHazards.Of(policy, options).Select(hazard =>
                    Finding(declaration, hazard, source.Document is not null ? hazard.Position ?? source.Location : source.Location, conditions)));
            }
        }

        foreach (var bypass in declaration.BypassPolicyLockoutSafetyCheck ?? Enumerable.Empty<Alternative>())
        {
            if (bypass.Scalar?.AsBoolean() == true)
            {
                var hazard = KeyPolicyHazards.LockoutSafetyCheckBypassed(bypass.Location.Position);
                findings.Add(Finding(declaration, hazard, bypass.Location.Position, declaration.Conditions.Concat(bypass.Conditions).ToList()));
            }
        }

        return findings.Distinct();
    }

    private static Finding Finding(PolicyDeclaration declaration, Hazard hazard, SourcePosition position, IReadOnlyCollection<string> conditions) =>
        new(hazard.Rule, declaration.File, position, declaration.Address, hazard.FormatMessage(declaration.Address) + ConditionText.Of(conditions), hazard.Evidence);
}
