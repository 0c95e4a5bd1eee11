using System.Collections.Generic;

namespace KmsGuardrails.Analyzers.Tests.Robustness;

/// <summary>What <see cref="AnalyzerHarness"/> saw on one source: what went wrong, what was reported, how many fixes were computed.</summary>
internal sealed record HarnessRun(IReadOnlyList<string> Failures, IReadOnlyList<string> ReportedIds, int FixesComputed);
