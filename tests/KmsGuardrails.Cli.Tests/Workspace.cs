using System;
using System.IO;

namespace KmsGuardrails.Cli.Tests;

/// <summary>A temporary folder with the files a test scans; deleted by the test.</summary>
internal sealed class Workspace : IDisposable
{
    public Workspace()
    {
        Directory.CreateDirectory(Path);
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kms-cli-" + Guid.NewGuid().ToString("N")[..8]);

    public Workspace With(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    public string Read(string relativePath) => File.ReadAllText(System.IO.Path.Combine(Path, relativePath));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
