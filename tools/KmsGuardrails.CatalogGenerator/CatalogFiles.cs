using System.Collections.Generic;
using System.IO;
using System.Linq;
using KmsGuardrails.Rules.Catalog;

namespace KmsGuardrails.CatalogGenerator;

/// <summary>Every file of the repository that is derived, in whole or in a marked part, from the rule catalog.</summary>
public static class CatalogFiles
{
    public const string DocsIndexPath = "rules/docs/README.md";

    public const string PackageReadmePath = "analyzers/KmsGuardrails.Package/README.md";

    public const string Command = "dotnet run --project tools/KmsGuardrails.CatalogGenerator";

    /// <summary>The generated files, from the catalog and the hand-written parts of <paramref name="root"/>'s files.</summary>
    public static IReadOnlyList<GeneratedFile> Generate(string root)
    {
        string Read(string path) => File.ReadAllText(Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar)));

        var rules = RuleIdsSource.NamedRules().Select(named => named.Rule).ToList();
        var files = new List<GeneratedFile>
        {
            new(RuleIdsSource.Path, RuleIdsSource.Render()),
            new(DocsIndexPath, MarkedSection.Replace(Read(DocsIndexPath), DocsIndexPath, RuleTables.DocsIndex(rules))),
            new(PackageReadmePath, MarkedSection.Replace(Read(PackageReadmePath), PackageReadmePath, RuleTables.Package(rules))),
            new(ReleaseTracking.UnshippedPath, ReleaseTracking.Unshipped(Read(ReleaseTracking.ShippedPath), rules)),
        };

        // Pages are written by hand; a rule without one is reported by the catalog tests, not invented here.
        files.AddRange(rules
            .Where(rule => File.Exists(Path.Combine(root, RulePages.Path(rule))))
            .Select(rule => new GeneratedFile(RulePages.Path(rule), RulePages.WithTitle(Read(RulePages.Path(rule)), rule))));
        return files;
    }
}
