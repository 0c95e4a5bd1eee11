using System.ComponentModel;
using System.IO;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace KmsGuardrails.Cli.Tests.Robustness;

/// <summary>Unix files .NET cannot create by itself, and file modes.</summary>
[UnsupportedOSPlatform("windows")]
internal static class UnixFiles
{
    /// <summary>A named pipe: opening it to read blocks until something opens it to write.</summary>
    public static void CreateFifo(string path)
    {
        if (MakeFifo(path, 0b110_100_100) != 0)
        {
            throw new Win32Exception(Marshal.GetLastPInvokeError(), "mkfifo " + path);
        }
    }

    public static void MakeUnreadable(string path) => File.SetUnixFileMode(path, UnixFileMode.None);

    /// <summary>Gives the owner back what <see cref="MakeUnreadable"/> took, so the folder can be deleted.</summary>
    public static void MakeReadable(string folder)
    {
        // Links are skipped, not followed: a test's link loop would make this walk endless.
        var everythingButLinks = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", everythingButLinks))
        {
            entry.UnixFileMode |= UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        }
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);
}
