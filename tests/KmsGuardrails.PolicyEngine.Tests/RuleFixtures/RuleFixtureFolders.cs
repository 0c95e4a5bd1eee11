using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using KmsGuardrails.PolicyEngine.Scanning;
using KmsGuardrails.Rules.Catalog;
using KmsGuardrails.Rules.Options;
using KmsGuardrails.Tests.Shared;

namespace KmsGuardrails.PolicyEngine.Tests.RuleFixtures;

/// <summary>
/// The per-rule fixtures, read from the source tree (not the build output) so that regenerated
/// snapshots land where they are committed and a deleted fixture is gone at once.
/// </summary>
internal static class RuleFixtureFolders
{
    /// <summary>Settings of a folder's scan, as the CLI's configuration would give them: <c>{ "minimumPendingWindowDays": 14 }</c>.</summary>
    public const string OptionsFile = "scan-options.json";

    public static string Root { get; } = SourceTree.Path("tests/KmsGuardrails.PolicyEngine.Tests/Fixtures/rules");

    private static readonly Regex CaseName = new(@"^(bad|good)(-[a-z0-9]+)*\.[a-z0-9.-]+$", RegexOptions.CultureInvariant);

    public static IReadOnlyList<string> RuleFolders() =>
        Directory.GetDirectories(Root).Select(Path.GetFileName).OfType<string>().OrderBy(id => id, StringComparer.Ordinal).ToList();

    public static IReadOnlyList<RuleFixtureCase> Cases() => RuleFolders().SelectMany(Cases).ToList();

    public static IReadOnlyList<RuleFixtureCase> Cases(string ruleId) =>
        Directory.EnumerateFileSystemEntries(Path.Combine(Root, ruleId))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => CaseName.IsMatch(name) && !name.EndsWith(RuleFixtureCase.SnapshotSuffix, StringComparison.Ordinal))
            .OrderBy(name => name, StringComparer.Ordinal)
            .Select(name => new RuleFixtureCase(ruleId, name, Path.Combine(Root, ruleId, name)))
            .ToList();

    /// <summary>What does not belong in the fixture folders: unknown rules, stray files, snapshots without their case.</summary>
    public static IEnumerable<string> Strays()
    {
        foreach (var ruleId in RuleFolders())
        {
            if (RuleCatalog.Find(ruleId) is not { } rule || rule.Id != ruleId)
            {
                yield return $"{ruleId}: not a rule of the catalog";
                continue;
            }

            var cases = Cases(ruleId).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var name in Directory.EnumerateFileSystemEntries(Path.Combine(Root, ruleId)).Select(Path.GetFileName).OfType<string>())
            {
                if (name.EndsWith(RuleFixtureCase.SnapshotSuffix, StringComparison.Ordinal))
                {
                    if (!cases.Contains(name.Substring(0, name.Length - RuleFixtureCase.SnapshotSuffix.Length)))
                    {
                        yield return $"{ruleId}/{name}: a snapshot without its case";
                    }
                }
                else if (!cases.Contains(name) && name is not OptionsFile and not "README.md")
                {
                    yield return $"{ruleId}/{name}: neither a case (bad… or good…), its snapshot, {OptionsFile} nor README.md";
                }
            }
        }
    }

    /// <summary>
    /// The options a rule's cases are scanned with: the rules' defaults, then the folder's
    /// scan-options.json (option names as in .kms-guardrails.yml). KMS017 is decided over a whole
    /// scan and would add a note to every case that declares a key, so outside its own folder the
    /// cases are scanned as if the alarm lived elsewhere.
    /// </summary>
    public static ScanOptions Options(string ruleId)
    {
        var settings = ruleId == RuleIds.DeletionAlarmMissing
            ? RuleSettings.Default
            : RuleOptions.PendingDeletionAlarmElsewhere.TryApply(RuleSettings.Default, "true", out _)!;
        var path = Path.Combine(Root, ruleId, OptionsFile);
        if (File.Exists(path))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            foreach (var property in json.RootElement.EnumerateObject())
            {
                var option = RuleOptions.Find(property.Name) ?? throw new InvalidDataException($"{ruleId}/{OptionsFile}: unknown option '{property.Name}'");
                settings = option.TryApply(settings, property.Value.ToString(), out var error) ?? throw new InvalidDataException($"{ruleId}/{OptionsFile}: {error}");
            }
        }

        return new ScanOptions { Lifecycle = settings.Lifecycle, Policy = settings.Policy, Monitoring = settings.Monitoring };
    }
}
