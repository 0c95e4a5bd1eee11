using System;
using System.IO;
using System.Linq;
using System.Text;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Scanning;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.Tests.Fuzz;

/// <summary>
/// Every seed of every loader written differently: a BOM, CRLF line endings and tabs where JSON allows
/// them change nothing, not even a column; tabs in YAML indentation and a duplicate key are positioned problems.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class FormatVariantTests : IDisposable
{
    private readonly FuzzFolder folder = new("variants");

    public void Dispose() => folder.Dispose();

    public static TheoryData<string> Loaders() => LoaderFuzzTests.Loaders();

    [Theory]
    [MemberData(nameof(Loaders))]
    public void A_bom_and_crlf_line_endings_change_no_finding_and_no_position(string name) => ForEachSeed(name, (loader, seed, text) =>
    {
        var expected = ScanResultChecks.Summary(Scan(loader, seed, text));

        Assert.Equal(expected, ScanResultChecks.Summary(Scan(loader, seed, "\uFEFF" + text)));
        Assert.Equal(expected, ScanResultChecks.Summary(Scan(loader, seed, text.Replace("\n", "\r\n"))));
    });

    [Theory]
    [MemberData(nameof(Loaders))]
    public void Tab_indentation_is_whitespace_in_json_and_hcl_and_a_positioned_problem_in_yaml(string name) => ForEachSeed(name, (loader, seed, text) =>
    {
        var tabbed = string.Join('\n', text.Split('\n').Select(line => new string('\t', line.Length - line.TrimStart(' ').Length) + line.TrimStart(' ')));

        var result = Scan(loader, seed, tabbed);

        if (IsJson(text) || IsHcl(seed))
        {
            // One tab for one space: the columns do not move either.
            Assert.Equal(ScanResultChecks.Summary(Scan(loader, seed, text)), ScanResultChecks.Summary(result));
        }
        else
        {
            Assert.Contains(result.Problems, p => p.Message.StartsWith("invalid YAML", StringComparison.Ordinal));
            Assert.Empty(ScanResultChecks.Violations(result, Path.GetFileName(seed), Encoding.UTF8.GetBytes(tabbed)));
        }
    });

    [Theory]
    [MemberData(nameof(Loaders))]
    public void A_duplicate_key_is_a_problem_where_the_duplicate_is(string name) => ForEachSeed(name, (loader, seed, text) =>
    {
        if (IsHcl(seed))
        {
            var lines = text.TrimEnd().Count(c => c == '\n') + 1;
            var duplicated = Scan(loader, seed, text.TrimEnd() + "\nlocals {\n  twice = 1\n  twice = 2\n}\n");
            var duplicate = Assert.Single(duplicated.Problems);
            Assert.Equal(new SourcePosition(lines + 3, 3), duplicate.Position);
            Assert.Contains("the argument 'twice' is already set", duplicate.Message);
            return;
        }

        var json = IsJson(text);
        var key = ((DocMap)(json ? JsonDocumentReader.Read(seed, text) : YamlDocumentReader.Read(seed, text)).Root!).Members[0].Key;
        var before = json ? text.TrimEnd()[..^1] + ",\n" : text.TrimEnd() + "\n";

        var result = Scan(loader, seed, before + (json ? $"\"{key}\": null }}\n" : $"{key}: null\n"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(new SourcePosition(before.Count(c => c == '\n') + 1, 1), problem.Position);
        Assert.Contains($"duplicate key '{key}'", problem.Message);
    });

    private static void ForEachSeed(string name, Action<FuzzLoader, string, string> check)
    {
        var loader = FuzzLoaders.Named(name);
        foreach (var seed in loader.Seeds)
        {
            check(loader, seed, File.ReadAllText(seed));
        }
    }

    private ScanResult Scan(FuzzLoader loader, string seed, string text)
    {
        var fileName = Path.GetFileName(seed);
        return loader.Scan(folder.Write(fileName, Encoding.UTF8.GetBytes(text)), fileName);
    }

    private static bool IsJson(string text) => text.TrimStart().StartsWith('{');

    private static bool IsHcl(string seed) => seed.EndsWith(".tf", StringComparison.Ordinal);
}
