using System;
using System.IO;
using System.Linq;
using KmsGuardrails.PolicyEngine.Scanning;

namespace KmsGuardrails.PolicyEngine.Tests.RuleFixtures;

/// <summary>
/// Every case of <c>Fixtures/rules/KMSnnn/</c> scanned as the CLI scans it and compared with the
/// snapshot of its findings beside it (as cfn-lint does with its template fixtures): a bad case
/// raises its rule, a good case does not, and any change in what any rule reports on any case
/// shows up as a diff. <c>KG_UPDATE_SNAPSHOTS=1</c> rewrites the snapshots instead of comparing.
/// </summary>
public sealed class RuleFixtureTests
{
    public const string UpdateVariable = "KG_UPDATE_SNAPSHOTS";

    public const string UpdateCommand = UpdateVariable + "=1 dotnet test tests/KmsGuardrails.PolicyEngine.Tests --filter FullyQualifiedName~RuleFixture";

    private static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static TheoryData<string> Cases() => new(RuleFixtureFolders.Cases().Select(c => c.Display));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_matches_its_snapshot(string fixture)
    {
        var ruleFixture = RuleFixtureFolders.Cases().Single(c => c.Display == fixture);
        var scan = FixtureScanner.Scan(ruleFixture);
        var actual = FindingsSnapshot.Render(scan);
        if (Updating && (!File.Exists(ruleFixture.SnapshotPath) || File.ReadAllText(ruleFixture.SnapshotPath) != actual))
        {
            File.WriteAllText(ruleFixture.SnapshotPath, actual);
        }

        var errors = scan.Problems.Where(p => p.IsError).ToList();
        Assert.True(errors.Count == 0, $"{fixture} is not valid input: {string.Join("; ", errors)}");
        Assert.True(scan.Kinds.Count > 0 && !scan.Kinds.Contains(InputKind.Other), $"{fixture} is read as none of the inputs KmsGuardrails checks");
        var ofRule = scan.Findings.Where(f => f.Rule.Id == ruleFixture.RuleId).ToList();
        if (ruleFixture.IsBad)
        {
            Assert.True(ofRule.Any(f => !f.IsSuppressed), $"{fixture} is a bad case, but {ruleFixture.RuleId} is not reported on it");
        }
        else
        {
            Assert.True(ofRule.Count == 0, $"{fixture} is a good case, but reports {string.Join("; ", ofRule)}");
        }

        Assert.True(File.Exists(ruleFixture.SnapshotPath), $"{fixture} has no snapshot {Path.GetFileName(ruleFixture.SnapshotPath)}: run `{UpdateCommand}` and review it");
        var expected = File.ReadAllText(ruleFixture.SnapshotPath);
        Assert.True(
            expected == actual,
            $"{fixture}: the findings differ from {Path.GetFileName(ruleFixture.SnapshotPath)}. If the change is intended, run `{UpdateCommand}` and review the diff.\n--- expected\n{expected}+++ actual\n{actual}");
    }

    [Fact]
    public void Fixture_folders_hold_only_cases_their_snapshots_and_settings()
    {
        if (Updating)
        {
            foreach (var orphan in Directory.EnumerateFiles(RuleFixtureFolders.Root, "*" + RuleFixtureCase.SnapshotSuffix, SearchOption.AllDirectories)
                .Where(path => !File.Exists(path[..^RuleFixtureCase.SnapshotSuffix.Length]) && !Directory.Exists(path[..^RuleFixtureCase.SnapshotSuffix.Length])))
            {
                File.Delete(orphan);
            }
        }

        var strays = RuleFixtureFolders.Strays().ToList();

        Assert.True(strays.Count == 0, string.Join(Environment.NewLine, strays));
    }
}
