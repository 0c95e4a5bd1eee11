using System;
using System.IO;

namespace KmsGuardrails.Tests.Shared;

/// <summary>
/// The repository the tests were built from, for tests that compare checked-in files with what
/// the code produces (and rewrite them on request) rather than read copies in the build output.
/// </summary>
internal static class SourceTree
{
    public static string Root { get; } = FindRoot();

    /// <summary>A path in the repository, from parts separated by '/' or given one by one.</summary>
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine(Root, System.IO.Path.Combine(parts).Replace('/', System.IO.Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "KmsGuardrails.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("KmsGuardrails.sln not found above " + AppContext.BaseDirectory);
    }
}
