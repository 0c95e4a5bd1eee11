using System;
using System.Linq;
using KmsGuardrails.PolicyEngine.Scanning;

namespace KmsGuardrails.PolicyEngine.Tests.Fuzz;

/// <summary>Each hostile input ends, within its bound, in the positioned problem that names it (or in nothing, for inputs that are not templates).</summary>
[Trait("Category", "Fuzz")]
public sealed class HostileInputTests
{
    /// <summary>Loose: the slowest (3,000 levels of YAML indentation, 4.5 MB) reads in about a second.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    public static TheoryData<string> Inputs() => new(HostileInputs.All.Select(input => input.Name));

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Ends_in_its_positioned_problem_within_the_bound(string name)
    {
        var input = HostileInputs.All.Single(i => i.Name == name);
        var bytes = input.Content();
        using var folder = new FuzzFolder("hostile");
        var path = folder.Write(input.FileName, bytes);

        var (result, failure, _) = TimeBound.Run(() => new InfrastructureScanner().ScanFile(path, input.FileName), Bound);

        Assert.Null(failure);
        Assert.Empty(ScanResultChecks.Violations(result!, input.FileName, bytes));
        if (input.Problem is null)
        {
            Assert.Empty(result!.Problems);
        }
        else
        {
            Assert.Contains(result!.Problems, p => p.IsError && p.Message.Contains(input.Problem, StringComparison.Ordinal));
        }
    }
}
