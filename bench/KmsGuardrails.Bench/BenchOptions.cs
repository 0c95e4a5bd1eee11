using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace KmsGuardrails.Bench;

/// <summary>The command line: <c>all | cli | analyzers | corpus &lt;dir&gt;</c> and its flags.</summary>
internal sealed record BenchOptions(string Command, bool Quick, bool KeepCorpus, string WorkFolder, int Seed, string? CorpusFolder, int CorpusSize)
{
    public const string Usage = """
        usage: KmsGuardrails.Bench <command> [options]

        commands:
          all         the cli benchmark, then the analyzers benchmark
          cli         kms-guardrails scan against cfn-lint, whole processes, at 100, 1,000 and 10,000 files
          analyzers   our Roslyn analyzers against Meziantou.Analyzer and Roslynator, and against the compiler
          corpus DIR  only write the generated corpus to DIR, to look at it (--size N, default 100)

        options:
          --quick       smaller sizes (10, 100, 1,000 files; 100 C# files), for a check in under 2 minutes
          --keep-corpus leave the generated corpora in the work folder
          --work DIR    where corpora are written (default: a folder under the system temp folder)
          --seed N      corpus seed (default 20261125)
        """;

    private static readonly HashSet<string> Commands = new(StringComparer.Ordinal) { "all", "cli", "analyzers", "corpus" };

    public bool RunsCli => Command is "all" or "cli";

    public bool RunsAnalyzers => Command is "all" or "analyzers";

    /// <summary>The options, or null after writing what is wrong to standard error.</summary>
    public static BenchOptions? Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || !Commands.Contains(args[0]))
        {
            Console.Error.WriteLine(Usage);
            return null;
        }

        var options = new BenchOptions(args[0], Quick: false, KeepCorpus: false, Path.Combine(Path.GetTempPath(), "kms-guardrails-bench"), 20261125, null, 100);
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    options = options with { Quick = true };
                    break;
                case "--keep-corpus":
                    options = options with { KeepCorpus = true };
                    break;
                case "--work" when i + 1 < args.Count:
                    options = options with { WorkFolder = Path.GetFullPath(args[++i]) };
                    break;
                case "--seed" when i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed):
                    options = options with { Seed = seed };
                    i++;
                    break;
                case "--size" when i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) && size > 0:
                    options = options with { CorpusSize = size };
                    i++;
                    break;
                case var folder when options.Command == "corpus" && options.CorpusFolder is null && !folder.StartsWith("--", StringComparison.Ordinal):
                    options = options with { CorpusFolder = Path.GetFullPath(folder) };
                    break;
                default:
                    Console.Error.WriteLine($"unknown or incomplete option '{args[i]}'\n\n{Usage}");
                    return null;
            }
        }

        if (options.Command == "corpus" && options.CorpusFolder is null)
        {
            Console.Error.WriteLine($"corpus needs a folder to write to\n\n{Usage}");
            return null;
        }

        return options;
    }
}
