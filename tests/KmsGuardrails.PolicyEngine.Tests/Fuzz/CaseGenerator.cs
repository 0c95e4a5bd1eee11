using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace KmsGuardrails.PolicyEngine.Tests.Fuzz;

/// <summary>
/// Generates a loader's cases: case <c>i</c> of a run seed is always the same input, so a failure
/// is reproduced by running with the same seed, whatever ran before it.
/// </summary>
internal sealed class CaseGenerator
{
    private readonly FuzzLoader loader;
    private readonly int runSeed;
    private readonly IReadOnlyList<(string Path, byte[] Bytes)> seeds;
    private readonly Mutator mutator;

    public CaseGenerator(FuzzLoader loader, int runSeed)
    {
        this.loader = loader;
        this.runSeed = runSeed;
        seeds = loader.Seeds.Select(path => (path, File.ReadAllBytes(path))).ToList();
        mutator = new Mutator(FuzzLoaders.All.SelectMany(l => l.Seeds).Select(File.ReadAllBytes).ToList());
    }

    public byte[] SeedBytes(string path) => seeds.First(seed => seed.Path == path).Bytes;

    public FuzzCase Generate(int index)
    {
        var random = new Random(unchecked((runSeed * 31 + StableHash(loader.Name)) * 1_000_003 + index));
        var (seedPath, bytes) = seeds[random.Next(seeds.Count)];
        var mutations = new List<string>();

        // A third of the cases keep the syntax, so the readers behind the parser see odd values; the
        // rest mostly get one or two mutations: more of them rarely leave anything to read.
        var keepSyntax = random.Next(3) == 0;
        var count = random.Next(10) switch { < 5 => 1, < 8 => 2, _ => 3 + random.Next(3) };
        for (var i = 0; i < count; i++)
        {
            (bytes, var description) = keepSyntax ? mutator.ApplyKeepingSyntax(random, bytes) : mutator.Apply(random, bytes);
            mutations.Add(description);
        }

        return new FuzzCase(loader.Name, index, seedPath, mutations, bytes);
    }

    /// <summary>string.GetHashCode differs between processes; reproducing a case needs the same number every time.</summary>
    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}
