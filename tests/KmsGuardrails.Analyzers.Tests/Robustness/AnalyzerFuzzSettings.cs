using System;

namespace KmsGuardrails.Analyzers.Tests.Robustness;

/// <summary>
/// The size and seed of an analyzer fuzz run, from the same variables as the policy engine's fuzz
/// suite, so one command runs the full suite of both: <c>KG_FUZZ_CASES=10000 dotnet test --filter Category=Fuzz</c>.
/// </summary>
internal static class AnalyzerFuzzSettings
{
    /// <summary>Generated cases when <c>KG_FUZZ_CASES</c> is not set: the CI slice.</summary>
    public const int CiCases = 300;

    public const int DefaultSeed = 20_261_129;

    /// <summary>A case takes tens of milliseconds; the bound only tells a hang from a slow machine.</summary>
    public static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(30);

    public static int Cases => Read("KG_FUZZ_CASES", CiCases);

    public static int Seed => Read("KG_FUZZ_SEED", DefaultSeed);

    /// <summary>The command that repeats this run, for failure messages.</summary>
    public static string Reproduce =>
        $"KG_FUZZ_SEED={Seed} KG_FUZZ_CASES={Cases} dotnet test tests/KmsGuardrails.Analyzers.Tests --filter Category=Fuzz";

    private static int Read(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out var value) && value > 0 ? value : fallback;
}
