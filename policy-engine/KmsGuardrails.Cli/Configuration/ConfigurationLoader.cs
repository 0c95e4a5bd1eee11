using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using KmsGuardrails.Cli.Reporting;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.Rules.Catalog;
using KmsGuardrails.Rules.Documents;
using KmsGuardrails.Rules.Options;

namespace KmsGuardrails.Cli.Configuration;

/// <summary>
/// Finds and reads <c>.kms-guardrails.yml</c>. Every mistake is a positioned error (exit code 2):
/// an unknown setting, rule id or severity, a suppression without a reason, a date that is not
/// a date. A configuration that is silently half-read would hide findings.
/// </summary>
internal static class ConfigurationLoader
{
    public static readonly string[] FileNames = { ".kms-guardrails.yml", ".kms-guardrails.yaml" };

    /// <summary>The first spelling of min_pending_window_days, still read.</summary>
    private const string LegacyMinimumPendingWindowDays = "minimumPendingWindowDays";

    private static readonly string[] Settings = RuleOptions.All.Select(o => o.Name).Concat(new[] { LegacyMinimumPendingWindowDays, "rules", "exclude", "suppressions" }).ToArray();
    private static readonly string[] SuppressionSettings = { "rule", "path", "subject", "reason", "expires" };

    /// <summary>The configuration file in <paramref name="start"/> or the nearest folder above it.</summary>
    public static string? FindUpward(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            foreach (var name in FileNames)
            {
                var candidate = Path.Combine(folder.FullName, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public static (ToolConfiguration Configuration, IReadOnlyList<InputProblem> Problems) Load(string path, string displayPath)
    {
        var (text, readProblem) = SourceText.Read(path, displayPath, DocumentLimits.Default);
        if (text is null)
        {
            return (ToolConfiguration.Empty, new[] { readProblem! });
        }

        if (text.Trim().Length == 0)
        {
            return (ToolConfiguration.Empty with { File = displayPath }, Array.Empty<InputProblem>());
        }

        var document = YamlDocumentReader.Read(displayPath, text);
        if (document.Root is not DocMap root)
        {
            return (ToolConfiguration.Empty, new[] { document.Problem ?? Problem(displayPath, document.Root!, "the configuration is a mapping of settings") });
        }

        var problems = new List<InputProblem>();
        Unknown(displayPath, root, Settings, problems);
        var configuration = new ToolConfiguration
        {
            File = displayPath,
            Settings = Options(displayPath, root, problems),
            RuleSeverities = Rules(displayPath, root["rules"], problems),
            Exclude = Strings(displayPath, root["exclude"], problems),
            Suppressions = Suppressions(displayPath, root["suppressions"], problems),
        };
        return (configuration, problems);
    }

    /// <summary>The rules' options, each validated where the rules define it.</summary>
    private static RuleSettings Options(string file, DocMap root, List<InputProblem> problems)
    {
        var settings = RuleSettings.Default;
        foreach (var option in RuleOptions.All)
        {
            var node = root[option.Name] ?? (option == RuleOptions.MinimumPendingWindowDays ? root[LegacyMinimumPendingWindowDays] : null);
            if (node is null)
            {
                continue;
            }

            string? error = null;
            if ((node as DocScalar)?.Text is { } text && option.TryApply(settings, text, out error) is { } applied)
            {
                settings = applied;
            }
            else
            {
                problems.Add(Problem(file, node, error ?? $"{option.Name} must be {option.Expected}"));
            }
        }

        return settings;
    }

    private static Dictionary<string, Severity> Rules(string file, DocNode? node, List<InputProblem> problems)
    {
        var severities = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        if (node is null)
        {
            return severities;
        }

        if (node is not DocMap rules)
        {
            problems.Add(Problem(file, node, "rules maps rule ids to a severity: error, warning, note or none"));
            return severities;
        }

        foreach (var rule in rules.Members)
        {
            if (RuleCatalog.Find(rule.Key) is not { } descriptor)
            {
                problems.Add(new InputProblem(file, rule.KeyPosition, $"unknown rule '{rule.Key}'; `kms-guardrails rules` lists them"));
            }
            else if (rule.Value is DocScalar { Text: { } text } && Enum.TryParse<Severity>(text, ignoreCase: true, out var severity) && !int.TryParse(text, out _))
            {
                severities[descriptor.Id] = severity;
            }
            else
            {
                problems.Add(Problem(file, rule.Value, $"the severity of {rule.Key} must be error, warning, note or none"));
            }
        }

        return severities;
    }

    private static List<ConfiguredSuppression> Suppressions(string file, DocNode? node, List<InputProblem> problems)
    {
        var suppressions = new List<ConfiguredSuppression>();
        if (node is null)
        {
            return suppressions;
        }

        if (node is not DocList list)
        {
            problems.Add(Problem(file, node, "suppressions is a list of { rule, reason, path, subject, expires }"));
            return suppressions;
        }

        foreach (var item in list.Items)
        {
            if (item is not DocMap entry)
            {
                problems.Add(Problem(file, item, "a suppression is a mapping with rule and reason"));
                continue;
            }

            Unknown(file, entry, SuppressionSettings, problems);
            var rule = Text(entry["rule"]);
            var reason = Text(entry["reason"]);
            DateTime? expires = null;
            if (rule is null || RuleCatalog.Find(rule) is null)
            {
                problems.Add(Problem(file, entry["rule"] ?? entry, rule is null ? "a suppression needs the rule it suppresses" : $"unknown rule '{rule}'"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(reason))
            {
                problems.Add(Problem(file, entry, $"the suppression of {rule} needs a reason"));
                continue;
            }

            if (entry["expires"] is { } date)
            {
                if (!DateTime.TryParseExact(Text(date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    problems.Add(Problem(file, date, "expires must be a date such as 2027-06-30"));
                    continue;
                }

                expires = parsed;
            }

            suppressions.Add(new ConfiguredSuppression(RuleCatalog.Find(rule)!.Id, Text(entry["path"]), Text(entry["subject"]), reason!, expires, entry.Position));
        }

        return suppressions;
    }

    private static List<string> Strings(string file, DocNode? node, List<InputProblem> problems)
    {
        var items = node switch
        {
            null => new List<DocNode>(),
            DocList list => list.Items.ToList(),
            _ => new List<DocNode> { node },
        };
        var strings = new List<string>();
        foreach (var item in items)
        {
            if (Text(item) is { } text)
            {
                strings.Add(text);
            }
            else
            {
                problems.Add(Problem(file, item, "exclude is a list of path globs"));
            }
        }

        return strings;
    }

    private static void Unknown(string file, DocMap map, string[] known, List<InputProblem> problems)
    {
        foreach (var member in map.Members.Where(m => !known.Contains(m.Key, StringComparer.Ordinal)))
        {
            problems.Add(new InputProblem(file, member.KeyPosition, $"unknown setting '{member.Key}'; expected one of {string.Join(", ", known)}"));
        }
    }

    private static string? Text(DocNode? node) => node is DocScalar { Text: { Length: > 0 } text } ? text : null;

    private static InputProblem Problem(string file, DocNode node, string message) => new(file, node.Position, message);
}
