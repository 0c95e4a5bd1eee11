using System.Reflection;
using Microsoft.CodeAnalysis;

namespace KmsGuardrails.Bench.Analyzers;

/// <summary>The loader <see cref="Microsoft.CodeAnalysis.Diagnostics.AnalyzerFileReference"/> asks for an analyzer assembly.</summary>
internal sealed class PackageFolderAnalyzerLoader : IAnalyzerAssemblyLoader
{
    private readonly PackageFolderLoadContext context;

    public PackageFolderAnalyzerLoader(string folder) => context = new PackageFolderLoadContext(folder);

    // Dependencies are found by folder in PackageFolderLoadContext, so there is nothing to record.
    public void AddDependencyLocation(string fullPath)
    {
    }

    public Assembly LoadFromPath(string fullPath) => context.LoadFromAssemblyPath(fullPath);
}
