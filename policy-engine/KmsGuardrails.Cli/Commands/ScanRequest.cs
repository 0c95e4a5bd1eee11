using System.Collections.Generic;

namespace KmsGuardrails.Cli.Commands;

/// <summary>What to scan and with which settings, as the command line gives it.</summary>
internal sealed record ScanRequest(
    IReadOnlyList<string> Paths,
    IReadOnlyList<string> Exclude,
    int? MinimumPendingWindowDays,
    string? ConfigFile,
    string? BaselineFile,
    string? DiffBase = null,
    bool ChangedOnly = false)
{
    /// <summary>SARIF logs of C# builds whose KmsGuardrails results join the report (--import-sarif).</summary>
    public IReadOnlyList<string> CompilerLogs { get; init; } = System.Array.Empty<string>();

    /// <summary>Terraform variable files for every root module (--var-file).</summary>
    public IReadOnlyList<string> VariableFiles { get; init; } = System.Array.Empty<string>();
}
