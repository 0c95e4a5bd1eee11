using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace KmsGuardrails.Analyzers.Tests.Robustness;

/// <summary>
/// Every analyzer and code fix on mutated C#: the sample program and the unusual-code corpus, cut,
/// garbled and rewired at random (<see cref="CSharpMutator"/>), against every SDK build. Each case
/// must end within <see cref="AnalyzerFuzzSettings.CaseTimeout"/> with no exception and no AD0001.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class AnalyzerFuzzTests
{
    private const int MostFailuresShown = 5;

    /// <summary>Larger seeds would only make cases slower: their constructs are in the smaller ones too.</summary>
    private const int LargestSeed = 16_000;

    private readonly ITestOutputHelper output;

    public AnalyzerFuzzTests(ITestOutputHelper output) => this.output = output;

    private static IReadOnlyList<(string Name, string Code)> Seeds() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "FuzzSeeds"), "*.cs").Order(StringComparer.Ordinal)
            .Select(path => ("samples/csharp/KmsSample/" + Path.GetFileName(path), File.ReadAllText(path)))
            .Concat(UnusualCode.All.Select(source => ("unusual code: " + source.Name, source.Code)))
            .Where(seed => seed.Item2.Length <= LargestSeed)
            .ToList();

    [Fact]
    public async Task Mutated_code_never_makes_an_analyzer_or_a_code_fix_throw()
    {
        var seeds = Seeds();
        Assert.Contains(seeds, seed => seed.Name.EndsWith("Program.cs", StringComparison.Ordinal));
        var references = new Dictionary<string, ImmutableArray<MetadataReference>>();
        foreach (var name in ReferenceSets.Names)
        {
            references[name] = await ReferenceSets.ResolveAsync(name);
        }

        var mutator = new CSharpMutator(seeds.Select(seed => seed.Code).ToList());
        var failures = new List<string>();
        var (cases, reported, slowest) = (0, 0, TimeSpan.Zero);
        for (var i = 0; i < AnalyzerFuzzSettings.Cases && failures.Count < MostFailuresShown; i++, cases++)
        {
            // Each case has its own generator, so a failing case repeats alone from its number
            // (not HashCode.Combine, which is seeded anew in every process).
            var random = new Random(unchecked((AnalyzerFuzzSettings.Seed * 1_000_003) + i));
            var (seedName, seedCode) = seeds[random.Next(seeds.Count)];
            var referenceSet = ReferenceSets.Names[random.Next(ReferenceSets.Names.Length)];
            var (code, mutations) = mutator.Apply(random, seedCode);
            var watch = Stopwatch.StartNew();
            try
            {
                var run = await Task.Run(() => AnalyzerHarness.RunAsync(code, references[referenceSet])).WaitAsync(AnalyzerFuzzSettings.CaseTimeout);
                failures.AddRange(run.Failures.Select(failure => Describe(i, seedName, referenceSet, mutations, code, failure)));
                reported += run.ReportedIds.Count > 0 ? 1 : 0;
            }
            catch (TimeoutException)
            {
                failures.Add(Describe(i, seedName, referenceSet, mutations, code, $"no result within {AnalyzerFuzzSettings.CaseTimeout.TotalSeconds} s"));
                break; // a hang keeps a thread busy: the rest would not tell more
            }

            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
        }

        output.WriteLine($"{cases} cases from seed {AnalyzerFuzzSettings.Seed}, {reported} with diagnostics, slowest {slowest.TotalMilliseconds:0} ms");
        Assert.True(failures.Count == 0, $"{failures.Count} failing case(s); repeat with {AnalyzerFuzzSettings.Reproduce}\n{string.Join("\n", failures)}");

        // Mutations that always broke the code would only test the analyzers' bail-outs.
        Assert.True(reported * 5 >= cases, $"only {reported} of {cases} cases reached a diagnostic");
    }

    private static string Describe(int index, string seed, string references, string mutations, string code, string failure)
    {
        var saved = Path.Combine(Path.GetTempPath(), $"kms-guardrails-analyzer-fuzz-{AnalyzerFuzzSettings.Seed}-{index}.cs");
        File.WriteAllText(saved, code);
        return $"case {index}: {seed} against {references}, {mutations}\n  {failure}\n  code saved as {saved}";
    }
}
