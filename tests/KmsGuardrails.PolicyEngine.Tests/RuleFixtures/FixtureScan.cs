using System.Collections.Generic;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Findings;
using KmsGuardrails.PolicyEngine.Scanning;

namespace KmsGuardrails.PolicyEngine.Tests.RuleFixtures;

/// <summary>What scanning a case gave: the kinds of input it turned out to hold, its findings and its problems.</summary>
internal sealed record FixtureScan(IReadOnlyCollection<InputKind> Kinds, IReadOnlyList<Finding> Findings, IReadOnlyList<InputProblem> Problems)
{
    /// <summary>The results of each file or module, for what is decided over the whole scan.</summary>
    public IReadOnlyList<ScanResult> Results { get; init; } = new ScanResult[0];
}
