using System.Collections.Generic;

namespace KmsGuardrails.Bench.Cli;

/// <summary>Corpus sizes, the largest one cfn-lint is run on, and how often our CLI is repeated.</summary>
internal sealed record CliBenchmarkPlan(IReadOnlyList<int> Sizes, int CfnLintLargestSize, int OurRepeats)
{
    // cfn-lint lints about 2.5 templates a second here: 6,000 templates would take 40 minutes.
    public static CliBenchmarkPlan Full { get; } = new(new[] { 100, 1_000, 10_000 }, 1_000, 3);

    public static CliBenchmarkPlan Quick { get; } = new(new[] { 10, 100, 1_000 }, 100, 3);
}
