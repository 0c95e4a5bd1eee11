using System;

namespace KmsGuardrails.Cli.Tests.Robustness;

/// <summary>
/// A test of Unix file-system oddities (symbolic links, FIFOs, permissions); skipped on Windows, and
/// when it needs permissions to hold, also as root, which reads any file whatever its mode.
/// </summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute(bool needsPermissions = false)
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs a Unix file system (symbolic links, FIFOs, file modes)";
        }
        else if (needsPermissions && Environment.UserName == "root")
        {
            Skip = "running as root, which reads files and folders whatever their mode; run the tests as another user to check unreadable inputs";
        }
    }
}
