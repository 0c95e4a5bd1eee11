using System;
using System.IO;

namespace KmsGuardrails.EndToEnd.Tests.Support;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine(Root, System.IO.Path.Combine(parts));

    /// <summary>A fresh folder under the system temp folder, removed by the caller's <c>using</c>.</summary>
    public static TemporaryFolder TemporaryFolder() => new();

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
