using System.Collections.Generic;
using System.IO;

namespace KmsGuardrails.PolicyEngine.Tests.Fuzz;

/// <summary>One generated input: the fixture it was mutated from, the mutations in order, and its bytes.</summary>
public sealed record FuzzCase(string Loader, int Index, string SeedFile, IReadOnlyList<string> Mutations, byte[] Bytes)
{
    /// <summary>The fixture's file name, so detection by name (<c>.tf.json</c>) sees what it would in a repository.</summary>
    public string FileName => Path.GetFileName(SeedFile);

    public override string ToString() =>
        $"{Loader} case {Index} (run seed {FuzzSettings.Seed}): {FileName}, {string.Join(", then ", Mutations)}; {Bytes.Length} bytes";
}
