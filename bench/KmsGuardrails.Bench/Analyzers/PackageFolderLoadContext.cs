using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace KmsGuardrails.Bench.Analyzers;

/// <summary>
/// Loads an analyzer package's assemblies and their private dependencies from its folder, as a
/// compiler host does; Roslyn and the framework resolve to the host's own copies.
/// </summary>
internal sealed class PackageFolderLoadContext : AssemblyLoadContext
{
    private readonly string folder;

    public PackageFolderLoadContext(string folder)
        : base("analyzers in " + folder) => this.folder = folder;

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is null || IsHostAssembly(assemblyName.Name))
        {
            return null;
        }

        var candidate = Path.Combine(folder, assemblyName.Name + ".dll");
        return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
    }

    private static bool IsHostAssembly(string name) =>
        name.StartsWith("Microsoft.CodeAnalysis", System.StringComparison.Ordinal) || name.StartsWith("System.", System.StringComparison.Ordinal);
}
