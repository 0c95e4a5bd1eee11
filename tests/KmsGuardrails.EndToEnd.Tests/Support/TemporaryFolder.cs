using System;
using System.IO;

namespace KmsGuardrails.EndToEnd.Tests.Support;

/// <summary>A folder that exists for the lifetime of one test.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kmsguardrails-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void CopyFrom(string source) => KmsGuardrails.Tests.Shared.SourceFolder.Copy(source, Path);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
