using System;
using System.Linq;
using System.Reflection;
using KmsGuardrails.Analyzers.Tests.Rules;
using KmsGuardrails.Rules.Catalog;

namespace KmsGuardrails.Analyzers.Tests.Catalog;

/// <summary>
/// Every rule that claims C# has its analyzer tests, in a class named after it
/// (<c>Rules/Kms001PendingWindowOutOfRangeTests</c>: the id, then the rule's name in the catalog),
/// so that searching an id finds them; and no such class outlives its rule's C# surface.
/// </summary>
public sealed class RuleTestCoverageTests
{
    [Fact]
    public void Every_CSharp_rule_has_a_test_class_named_after_it_with_tests()
    {
        var classes = typeof(Kms001PendingWindowOutOfRangeTests).Assembly.GetTypes()
            .Where(type => type.Namespace == typeof(Kms001PendingWindowOutOfRangeTests).Namespace && type.Name.StartsWith("Kms", StringComparison.Ordinal))
            .ToList();
        var names = typeof(RuleCatalog).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(RuleDescriptor))
            .ToDictionary(field => ((RuleDescriptor)field.GetValue(null)!).Id, field => field.Name);

        var problems = RuleCatalog.All.Where(rule => rule.Covers(RuleSurfaces.CSharp))
            .Select(rule => (Rule: rule, Expected: "Kms" + rule.Id.Substring(3) + names[rule.Id] + "Tests"))
            .Where(rule => classes.SingleOrDefault(type => type.Name == rule.Expected) is not { } tests || TestCount(tests) < 2)
            .Select(rule => $"{rule.Rule.Id} claims C#, but tests/KmsGuardrails.Analyzers.Tests/Rules has no class {rule.Expected} with a test that it is reported and one that safe code stays silent")
            .Concat(classes
                .Where(type => RuleCatalog.Find("KMS" + type.Name.Substring(3, 3)) is not { } rule || !rule.Covers(RuleSurfaces.CSharp))
                .Select(type => $"{type.Name} is named after a rule that does not claim C#"))
            .ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static int TestCount(Type tests) =>
        tests.GetMethods().Count(method => method.GetCustomAttributes<FactAttribute>().Any());
}
