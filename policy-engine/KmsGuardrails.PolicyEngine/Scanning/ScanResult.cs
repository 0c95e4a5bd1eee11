using System.Collections.Generic;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Findings;

namespace KmsGuardrails.PolicyEngine.Scanning;

/// <summary>The findings and input problems of one file.</summary>
public sealed record ScanResult(string File, InputKind Kind, IReadOnlyList<Finding> Findings, IReadOnlyList<InputProblem> Problems)
{
    public bool HasErrors => Problems is { Count: > 0 } && System.Linq.Enumerable.Any(Problems, p => p.IsError);

    /// <summary>What the file gives KMS017, which <see cref="InfrastructureScanner.CheckAcrossFiles"/> decides over the whole scan.</summary>
    internal DeletionMonitoring Monitoring { get; init; } = DeletionMonitoring.Empty;
}
