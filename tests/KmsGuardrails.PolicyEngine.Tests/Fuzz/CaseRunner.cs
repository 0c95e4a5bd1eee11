using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Scanning;

namespace KmsGuardrails.PolicyEngine.Tests.Fuzz;

/// <summary>
/// Runs one case of a loader: the file scan, then (for loaders in pull-request mode) the comparison
/// with its seed in both directions, each within <see cref="FuzzSettings.CaseTimeout"/>.
/// </summary>
internal static class CaseRunner
{
    /// <summary>The file scan's result, and what went wrong (null when nothing did).</summary>
    public static (ScanResult? Result, string? Failure, TimeSpan Elapsed) Run(FuzzLoader loader, FuzzCase fuzzCase, string path, byte[] seed)
    {
        var (result, failure, elapsed) = TimeBound.Run(() => loader.Scan(path, fuzzCase.FileName), FuzzSettings.CaseTimeout);
        failure ??= Joined(ScanResultChecks.Violations(result!, fuzzCase.FileName, fuzzCase.Bytes));
        if (failure is not null || loader.Compare is not { } compare || SourceText.Decode(fuzzCase.Bytes, fuzzCase.FileName).Text is not { } text)
        {
            return (result, failure, elapsed);
        }

        var seedText = Encoding.UTF8.GetString(seed);
        foreach (var (before, after, beforeBytes, afterBytes, name) in new[] { (seedText, text, seed, fuzzCase.Bytes, "seed to case"), (text, seedText, fuzzCase.Bytes, seed, "case to seed") })
        {
            var (change, changeFailure, changeElapsed) = TimeBound.Run(() => compare(fuzzCase.FileName, before, after), FuzzSettings.CaseTimeout);
            elapsed += changeElapsed;
            changeFailure ??= Joined(ScanResultChecks.Violations(change!, fuzzCase.FileName, beforeBytes, afterBytes));
            if (changeFailure is not null)
            {
                return (change is null ? null : result, $"comparing {name}: {changeFailure}", elapsed);
            }
        }

        return (result, null, elapsed);
    }

    private static string? Joined(IReadOnlyList<string> violations) => violations.Count == 0 ? null : string.Join("; ", violations);
}
