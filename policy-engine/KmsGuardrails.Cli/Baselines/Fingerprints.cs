using System;
using System.Security.Cryptography;
using System.Text;
using KmsGuardrails.PolicyEngine.Findings;

namespace KmsGuardrails.Cli.Baselines;

/// <summary>
/// A finding's identity across commits: rule, file, subject and message, not its line, so that
/// editing an unrelated part of a template does not make a known finding new.
/// </summary>
internal static class Fingerprints
{
    public static string Of(Finding finding)
    {
        var identity = string.Join("\n", finding.Rule.Id, finding.File.Replace('\\', '/'), finding.Subject, finding.Message);
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(identity));
        return Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
    }
}
