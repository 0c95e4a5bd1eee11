using System;

namespace KmsGuardrails.PolicyEngine.Tests.Fuzz;

/// <summary>
/// The size and seed of a fuzz run, from the environment, so CI runs a small fixed slice and the
/// full run is the same tests with <c>KG_FUZZ_CASES=10000</c>.
/// </summary>
internal static class FuzzSettings
{
    /// <summary>Generated cases over all loaders when <c>KG_FUZZ_CASES</c> is not set: the CI slice.</summary>
    public const int CiCases = 2_000;

    /// <summary>The full run: at least this many cases, and the tests CI leaves out.</summary>
    public const int FullRunCases = 10_000;

    public const int DefaultSeed = 20_251_125;

    /// <summary>Every case takes milliseconds; the bound is loose so a busy machine does not fail it.</summary>
    public static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(10);

    public static int Cases => Read("KG_FUZZ_CASES", CiCases);

    public static int Seed => Read("KG_FUZZ_SEED", DefaultSeed);

    public static bool IsFullRun => Cases >= FullRunCases;

    public static int CasesPerLoader => (Cases + FuzzLoaders.All.Count - 1) / FuzzLoaders.All.Count;

    /// <summary>The command that repeats this run, for failure messages.</summary>
    public static string Reproduce =>
        $"KG_FUZZ_SEED={Seed} KG_FUZZ_CASES={Cases} dotnet test tests/KmsGuardrails.PolicyEngine.Tests --filter Category=Fuzz";

    private static int Read(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out var value) && value > 0 ? value : fallback;
}
