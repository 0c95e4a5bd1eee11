using System.Linq;
using System.Threading.Tasks;

namespace KmsGuardrails.Analyzers.Tests.Robustness;

/// <summary>
/// Every analyzer and code fix over incomplete and unusual C# (<see cref="UnusualCode"/>), against
/// every SDK build and an incomplete restore: no exception, so no AD0001, whatever the code.
/// </summary>
public sealed class AnalyzerRobustnessTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, _) in UnusualCode.All)
        {
            foreach (var references in ReferenceSets.Names)
            {
                data.Add(name, references);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task No_analyzer_or_code_fix_throws(string name, string references)
    {
        var code = UnusualCode.All.Single(source => source.Name == name).Code;

        var run = await AnalyzerHarness.RunAsync(code, await ReferenceSets.ResolveAsync(references));

        Assert.Empty(run.Failures);
    }

    /// <summary>The harness would pass vacuously if it ran nothing: on the corpus it reports hazards and computes fixes.</summary>
    [Fact]
    public async Task The_corpus_reaches_the_analyzers_and_the_code_fixes()
    {
        var references = await ReferenceSets.ResolveAsync("v4.1");
        var runs = await Task.WhenAll(UnusualCode.All.Select(source => AnalyzerHarness.RunAsync(source.Code, references)));

        var reported = runs.SelectMany(run => run.ReportedIds).ToHashSet();
        Assert.Superset(new[] { "KMS001", "KMS008", "KMS009", "KMS010", "KMS016" }.ToHashSet(), reported);
        Assert.True(runs.Sum(run => run.FixesComputed) > 0, "no code fix was offered on the corpus");
    }
}
