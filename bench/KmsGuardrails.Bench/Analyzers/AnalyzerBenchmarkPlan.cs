namespace KmsGuardrails.Bench.Analyzers;

/// <summary>How many C# files each compilation has and how often the compiler and the analyzers are timed (medians are reported).</summary>
internal sealed record AnalyzerBenchmarkPlan(int Files, int Repeats)
{
    public static AnalyzerBenchmarkPlan Full { get; } = new(500, 5);

    public static AnalyzerBenchmarkPlan Quick { get; } = new(100, 3);
}
