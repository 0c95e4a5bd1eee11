using System;
using System.IO;

namespace KmsGuardrails.PolicyEngine.Tests.Fuzz;

/// <summary>
/// A temporary folder that a run writes its inputs to, deleted afterwards. A failing input is kept
/// in <c>kg-fuzz-failures</c> under the temporary folder, so it can be scanned again by hand.
/// </summary>
internal sealed class FuzzFolder : IDisposable
{
    public static readonly string Failures = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-fuzz-failures");

    public FuzzFolder(string name)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kg-fuzz-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string fileName, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Saves a failing case's input and returns where.</summary>
    public static string Keep(FuzzCase fuzzCase)
    {
        Directory.CreateDirectory(Failures);
        var path = System.IO.Path.Combine(Failures, $"{fuzzCase.Loader}-{FuzzSettings.Seed}-{fuzzCase.Index}-{fuzzCase.FileName}");
        File.WriteAllBytes(path, fuzzCase.Bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
