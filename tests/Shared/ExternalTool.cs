using System;
using System.IO;
using System.Linq;

namespace KmsGuardrails.Tests.Shared;

/// <summary>Finds a command-line tool on PATH, so tests that need one can skip with a reason when it is absent.</summary>
internal static class ExternalTool
{
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}
