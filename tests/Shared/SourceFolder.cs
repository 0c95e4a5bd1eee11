using System;
using System.IO;
using System.Linq;

namespace KmsGuardrails.Tests.Shared;

/// <summary>Copies a source folder of the repository (for example <c>samples/</c>) for a test to build or scan, without build output.</summary>
internal static class SourceFolder
{
    public static void Copy(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }
    }
}
