using System.IO;

namespace KmsGuardrails.CatalogGenerator;

/// <summary>The content a file of the repository must have, given the rule catalog.</summary>
/// <param name="RelativePath">Path from the repository root, with '/'.</param>
public sealed record GeneratedFile(string RelativePath, string Content)
{
    public string FullPath(string root) => Path.Combine(root, RelativePath.Replace('/', Path.DirectorySeparatorChar));

    public bool IsCurrent(string root) => File.Exists(FullPath(root)) && File.ReadAllText(FullPath(root)) == Content;
}
