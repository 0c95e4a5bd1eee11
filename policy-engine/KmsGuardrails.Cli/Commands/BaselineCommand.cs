using System.CommandLine;
using System.IO;
using KmsGuardrails.Cli.Baselines;
using KmsGuardrails.Cli.Reporting;

namespace KmsGuardrails.Cli.Commands;

/// <summary><c>kms-guardrails baseline create [PATH…] [--output FILE]</c>: records today's findings so only new ones fail.</summary>
internal static class BaselineCommand
{
    public const string DefaultFile = ".kms-guardrails-baseline.json";

    public static Command Create()
    {
        var options = new ScanOptionSet();
        var output = new Option<string>("--output", "-o") { Description = "Where to write the baseline.", DefaultValueFactory = _ => DefaultFile };
        var create = new Command("create", "Record the current findings (not suppressed ones) in a baseline file.") { output };
        options.AddTo(create);
        create.SetAction(result =>
        {
            if (!options.IsValid(result))
            {
                return ExitCodes.BadInput;
            }

            var root = Directory.GetCurrentDirectory();
            var report = ScanPipeline.Run(options.Request(result), root);
            if (report.HasInputErrors)
            {
                new TextReporter(color: false).Write(report, System.Console.Error);
                return ExitCodes.BadInput;
            }

            var path = result.GetValue(output)!;
            using (var writer = new StreamWriter(Path.GetFullPath(path, root)))
            {
                Baseline.Write(report.Active, writer);
            }

            System.Console.WriteLine($"{path}: {System.Linq.Enumerable.Count(report.Active)} finding(s) recorded");
            return ExitCodes.Clean;
        });
        return new Command("baseline", "Manage the baseline of accepted findings.") { create };
    }
}
