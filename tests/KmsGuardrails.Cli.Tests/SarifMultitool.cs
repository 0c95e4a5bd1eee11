using System;
using System.Diagnostics;
using System.IO;

namespace KmsGuardrails.Cli.Tests;

/// <summary>
/// Microsoft's SARIF Multitool, from its npm package (which also ships the SARIF 2.1.0 schema),
/// installed once per machine into a temporary folder. Null, with the reason, when npm is absent
/// or the install fails, so the validation tests skip instead of failing.
/// </summary>
internal static class SarifMultitool
{
    public const string Package = "@microsoft/sarif-multitool@5.7.0";

    private static readonly Lazy<(string? Folder, string Reason)> Installed = new(Install);

    /// <summary>The folder holding Sarif.Multitool and sarif-2.1.0.json.</summary>
    public static string? Folder => Installed.Value.Folder;

    public static string SkipReason => Installed.Value.Reason;

    public static string Executable => Path.Combine(Folder!, "Sarif.Multitool");

    public static string Schema => Path.Combine(Folder!, "sarif-2.1.0.json");

    private static (string?, string) Install()
    {
        var prefix = Path.Combine(Path.GetTempPath(), "kms-guardrails-sarif-multitool-5.7.0");
        var folder = Path.Combine(prefix, "node_modules", "@microsoft", "sarif-multitool-linux");
        if (!OperatingSystem.IsLinux())
        {
            return (null, "the SARIF Multitool validation runs on Linux only");
        }

        if (!File.Exists(Path.Combine(folder, "Sarif.Multitool")))
        {
            try
            {
                Directory.CreateDirectory(prefix);
                var start = new ProcessStartInfo("npm", $"install --no-audit --no-fund --prefix \"{prefix}\" {Package}") { RedirectStandardOutput = true, RedirectStandardError = true };
                using var npm = Process.Start(start)!;
                npm.StandardOutput.ReadToEndAsync();
                var error = npm.StandardError.ReadToEndAsync();
                if (!npm.WaitForExit(300_000) || npm.ExitCode != 0 || !File.Exists(Path.Combine(folder, "Sarif.Multitool")))
                {
                    return (null, $"could not install {Package} with npm: {error.Result.Trim()}");
                }
            }
            catch (Exception error) when (error is System.ComponentModel.Win32Exception or IOException)
            {
                return (null, $"npm is not available to install {Package}: {error.Message}");
            }
        }

        // npm does not run the package's postinstall chmod; do it here.
        File.SetUnixFileMode(Path.Combine(folder, "Sarif.Multitool"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return (folder, string.Empty);
    }
}
