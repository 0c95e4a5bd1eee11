using System.Collections.Generic;

namespace KmsGuardrails.Cli.Commands;

/// <summary>What to scan and with which settings, as the command line gives it.</summary>
internal sealed record ScanRequest(
    IReadOnlyList<string> Paths,
    IReadOnlyList<string> Exclude,
    int? MinimumPendingWindowDays,
    string? ConfigFile,
    string? BaselineFile);
