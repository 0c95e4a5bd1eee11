using System.IO;

namespace KmsGuardrails.PolicyEngine.Tests.RuleFixtures;

/// <summary>
/// One input of a rule's fixture folder, <c>Fixtures/rules/KMSnnn/{bad,good}[-variant].*</c>: a
/// file, a folder scanned as the CLI scans a folder (a Terraform module, say), or a folder with
/// <c>base/</c> and <c>head/</c> compared as a pull request would be. Its expected findings are
/// in <c>&lt;name&gt;.findings.json</c> beside it.
/// </summary>
internal sealed record RuleFixtureCase(string RuleId, string Name, string FullPath)
{
    public const string SnapshotSuffix = ".findings.json";

    /// <summary>How the theory and a test filter name it: <c>KMS001/bad.yaml</c>.</summary>
    public string Display => RuleId + "/" + Name;

    /// <summary>A bad case must raise its folder's rule; a good one must not.</summary>
    public bool IsBad => Name.StartsWith("bad", System.StringComparison.Ordinal);

    public bool IsFolder => Directory.Exists(FullPath);

    /// <summary>A pull request: <c>base/</c> is the revision it starts from, <c>head/</c> the one it proposes.</summary>
    public bool IsChange => IsFolder && Directory.Exists(Path.Combine(FullPath, "base")) && Directory.Exists(Path.Combine(FullPath, "head"));

    public string SnapshotPath => FullPath + SnapshotSuffix;
}
