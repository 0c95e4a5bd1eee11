using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using KmsGuardrails.Cli.Reporting;
using KmsGuardrails.Rules.Catalog;

namespace KmsGuardrails.Cli.Commands;

/// <summary><c>kms-guardrails rules</c> lists the catalog; <c>kms-guardrails explain KMS004</c> prints a rule's page.</summary>
internal static class RulesCommand
{
    public static Command CreateList()
    {
        var command = new Command("rules", "List the rules.");
        command.SetAction(_ =>
        {
            Console.WriteLine($"{"id",-7} {"severity",-8} {"surfaces",-28} title");
            foreach (var rule in RuleCatalog.All)
            {
                var surfaces = string.Join(", ", new[] { RuleSurfaces.CSharp, RuleSurfaces.Infrastructure, RuleSurfaces.KeyPolicy }
                    .Where(rule.Covers)
                    .Select(s => s == RuleSurfaces.CSharp ? "C#" : s == RuleSurfaces.Infrastructure ? "IaC" : "key policy"));
                Console.WriteLine($"{rule.Id,-7} {Severities.Name(Severities.Of(rule.DefaultSeverity)),-8} {surfaces,-28} {rule.Title}");
            }

            return ExitCodes.Clean;
        });
        return command;
    }

    public static Command CreateExplain()
    {
        var id = new Argument<string>("rule") { Description = "A rule id, e.g. KMS004." };
        var command = new Command("explain", "Print a rule's documentation.") { id };
        command.SetAction(result =>
        {
            var rule = RuleCatalog.Find(result.GetValue(id) ?? string.Empty);
            using var page = rule is null ? null : typeof(RulesCommand).Assembly.GetManifestResourceStream("docs/" + rule.Id + ".md");
            if (rule is null || page is null)
            {
                Console.Error.WriteLine($"unknown rule '{result.GetValue(id)}'; `kms-guardrails rules` lists them");
                return ExitCodes.BadInput;
            }

            Console.Write(new StreamReader(page).ReadToEnd());
            return ExitCodes.Clean;
        });
        return command;
    }
}
