using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using KmsGuardrails.Cli.Inputs;
using KmsGuardrails.Cli.Reporting;
using KmsGuardrails.PolicyEngine.Scanning;

namespace KmsGuardrails.Cli.Commands;

/// <summary>Scans files in parallel across cores; results come back in path order, so output is deterministic.</summary>
internal static class Scanner
{
    public static ScanReport Run(IReadOnlyList<InputFile> files, IEnumerable<PolicyEngine.Documents.InputProblem> walkProblems, ScanOptions options)
    {
        var scanner = new InfrastructureScanner(options);
        var results = new ScanResult[files.Count];
        Parallel.For(0, files.Count, i => results[i] = scanner.ScanFile(files[i].FullPath, files[i].DisplayPath));
        return new ScanReport(
            files.Count,
            results.SelectMany(r => r.Findings).ToList(),
            walkProblems.Concat(results.SelectMany(r => r.Problems)).ToList());
    }
}
