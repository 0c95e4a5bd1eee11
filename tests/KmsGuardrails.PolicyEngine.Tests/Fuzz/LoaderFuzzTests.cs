using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KmsGuardrails.PolicyEngine.Scanning;
using Xunit.Abstractions;

namespace KmsGuardrails.PolicyEngine.Tests.Fuzz;

/// <summary>
/// Every loader on mutated and truncated fixtures: each case ends in findings or problems positioned
/// inside the input, within <see cref="FuzzSettings.CaseTimeout"/>; never an exception or a hang.
/// CI runs <see cref="FuzzSettings.CiCases"/> cases; KG_FUZZ_CASES sets more.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class LoaderFuzzTests
{
    private const int MostFailuresShown = 5;

    private readonly ITestOutputHelper output;

    public LoaderFuzzTests(ITestOutputHelper output) => this.output = output;

    public static TheoryData<string> Loaders() => new(FuzzLoaders.All.Select(loader => loader.Name));

    [Theory]
    [MemberData(nameof(Loaders))]
    public void Every_seed_is_read_by_its_loader(string name)
    {
        var loader = FuzzLoaders.Named(name);

        Assert.NotEmpty(loader.Seeds);
        Assert.All(loader.Seeds, seed => Assert.Equal(loader.SeedKind, loader.Scan(seed, Path.GetFileName(seed)).Kind));
    }

    [Theory]
    [MemberData(nameof(Loaders))]
    public void Mutated_inputs_end_in_findings_or_positioned_problems_within_the_time_bound(string name)
    {
        var loader = FuzzLoaders.Named(name);
        var seedsBefore = loader.Seeds.Select(seed => ScanResultChecks.Summary(loader.Scan(seed, Path.GetFileName(seed)))).ToList();
        var generator = new CaseGenerator(loader, FuzzSettings.Seed);
        var failures = new List<string>();
        var (cases, readByLoader, slowest, slowestCase) = (0, 0, TimeSpan.Zero, -1);
        using (var folder = new FuzzFolder(loader.Name))
        {
            for (var i = 0; i < FuzzSettings.CasesPerLoader && failures.Count < MostFailuresShown; i++, cases++)
            {
                var fuzzCase = generator.Generate(i);
                var path = folder.Write(fuzzCase.FileName, fuzzCase.Bytes);
                var (result, failure, elapsed) = CaseRunner.Run(loader, fuzzCase, path, generator.SeedBytes(fuzzCase.SeedFile));
                if (failure is not null)
                {
                    failures.Add($"{fuzzCase}\n  {failure}\n  input saved as {FuzzFolder.Keep(fuzzCase)}");
                    if (result is null)
                    {
                        break; // an exception or a hang: the rest would not tell more
                    }
                }

                readByLoader += result?.Kind == loader.SeedKind ? 1 : 0;
                (slowest, slowestCase) = elapsed > slowest ? (elapsed, i) : (slowest, slowestCase);
            }
        }

        output.WriteLine($"{loader.Name}: {cases} cases from seed {FuzzSettings.Seed}, {readByLoader} read as {loader.SeedKind}, slowest case {slowestCase} in {slowest.TotalMilliseconds:0} ms");
        Assert.True(failures.Count == 0, $"{failures.Count} failing case(s); repeat with {FuzzSettings.Reproduce}\n{string.Join("\n", failures)}");

        // Mutations that always broke the syntax would only test the parsers.
        Assert.True(readByLoader * 10 >= cases, $"only {readByLoader} of {cases} cases reached the {loader.SeedKind} reader");

        // The scanner is shared with the other cases: nothing a case did may change what it reads next.
        Assert.Equal(seedsBefore, loader.Seeds.Select(seed => ScanResultChecks.Summary(loader.Scan(seed, Path.GetFileName(seed)))).ToList());
    }
}
