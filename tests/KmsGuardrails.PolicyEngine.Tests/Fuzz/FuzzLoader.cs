using System;
using System.Collections.Generic;
using KmsGuardrails.PolicyEngine.Scanning;

namespace KmsGuardrails.PolicyEngine.Tests.Fuzz;

/// <summary>
/// One loader under fuzzing: the fixtures its cases are mutated from, what those fixtures are read
/// as (so a run proves the cases reach this loader, not only the parser), how one input file is
/// scanned (given its path and the name reports use), and, when the loader takes part in
/// pull-request mode, how a base and a head text of one file are compared.
/// </summary>
public sealed record FuzzLoader(
    string Name,
    InputKind SeedKind,
    IReadOnlyList<string> Seeds,
    Func<string, string, ScanResult> Scan,
    Func<string, string, string, ScanResult>? Compare = null)
{
    public override string ToString() => Name;
}
