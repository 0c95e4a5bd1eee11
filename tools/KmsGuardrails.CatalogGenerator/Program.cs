using System;
using System.IO;
using System.Linq;

namespace KmsGuardrails.CatalogGenerator;

/// <summary>
/// <c>dotnet run --project tools/KmsGuardrails.CatalogGenerator</c> rewrites the files derived from
/// the rule catalog; with <c>-- --check</c> it only lists the stale ones and exits 1 if there are any.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var check = args.Contains("--check");
        if (args.Any(a => a != "--check"))
        {
            Console.Error.WriteLine("usage: dotnet run --project tools/KmsGuardrails.CatalogGenerator [-- --check]");
            return 2;
        }

        try
        {
            var root = FindRoot();
            var stale = CatalogFiles.Generate(root).Where(file => !file.IsCurrent(root)).ToList();
            foreach (var file in stale)
            {
                if (!check)
                {
                    File.WriteAllText(file.FullPath(root), file.Content);
                }

                Console.WriteLine((check ? "stale: " : "updated: ") + file.RelativePath);
            }

            if (stale.Count == 0)
            {
                Console.WriteLine("every file generated from the rule catalog is current");
            }

            return check && stale.Count > 0 ? 1 : 0;
        }
        catch (GenerationException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }

    /// <summary>The repository this tool was built in.</summary>
    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KmsGuardrails.sln")))
            {
                return directory.FullName;
            }
        }

        throw new GenerationException("KmsGuardrails.sln not found above " + AppContext.BaseDirectory);
    }
}
