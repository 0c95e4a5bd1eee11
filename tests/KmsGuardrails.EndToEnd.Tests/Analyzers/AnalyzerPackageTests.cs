using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using KmsGuardrails.EndToEnd.Tests.Support;

namespace KmsGuardrails.EndToEnd.Tests.Analyzers;

/// <summary>
/// Packs KmsGuardrails.Analyzers, restores the C# sample from a local folder feed, and builds it
/// with -warnaserror as a user's CI would: it must fail with exactly the sample's hazards, and
/// build clean once they are fixed.
/// </summary>
public sealed class AnalyzerPackageTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>The hazards written into samples/csharp, where the build must report them.</summary>
    private static readonly string[] Expected =
    {
        "Archive.cs(14,19): KMS010",
        "ImportedMaterial.cs(11,19): KMS005",
        "KeyPolicies.cs(34,105): KMS013",
        "KeyPolicies.cs(34,152): KMS016",
        "KeyRecovery.cs(12,33): KMS009",
        "KeyRetirement.cs(19,114): KMS001",
        "KeyRetirement.cs(20,51): KMS002",
        "KeyRetirement.cs(28,19): KMS003",
        "KeyStores.cs(12,19): KMS006",
    };

    /// <summary>Each hazard fixed the way its rule page says.</summary>
    private static readonly (string File, string Dangerous, string Fixed)[] Fixes =
    {
        ("Archive.cs", "        await kms.EncryptAsync(new EncryptRequest { KeyId = keyId, Plaintext = plaintext });\n", string.Empty),
        ("ImportedMaterial.cs", "DeleteImportedKeyMaterialAsync(new DeleteImportedKeyMaterialRequest", "DisableKeyAsync(new DisableKeyRequest"),
        ("KeyPolicies.cs", "\"Principal\": \"*\", \"Action\": \"kms:*\", \"Resource\": \"*\" }", "\"Principal\": \"*\", \"Action\": [ \"kms:Decrypt\", \"kms:DescribeKey\" ], \"Resource\": \"*\", \"Condition\": { \"StringEquals\": { \"aws:PrincipalOrgID\": \"o-exampleorgid\" } } }"),
        ("KeyPolicies.cs", ", BypassPolicyLockoutSafetyCheck = true", string.Empty),
        ("KeyRecovery.cs", "        var dataKey =", "        await kms.EnableKeyAsync(keyId);\n        var dataKey ="),
        ("KeyRetirement.cs", "PendingWindowInDays = 3 ", "PendingWindowInDays = 30 "),
        ("KeyRetirement.cs", "ScheduleKeyDeletionAsync(keyId, 10)", "ScheduleKeyDeletionAsync(keyId, 14)"),
        ("KeyRetirement.cs", "        await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = created.KeyMetadata.KeyId, PendingWindowInDays = 30 });\n", string.Empty),
        ("KeyStores.cs", "        await kms.DeleteCustomKeyStoreAsync(new DeleteCustomKeyStoreRequest { CustomKeyStoreId = storeId });\n", string.Empty),
    };

    [Fact]
    public void The_packed_analyzers_fail_the_sample_build_exactly_where_the_hazards_are_and_pass_it_once_fixed()
    {
        using var feed = Repository.TemporaryFolder();
        using var sample = Repository.TemporaryFolder();
        var version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");

        var pack = Dotnet.Run(Repository.Root, Timeout, "pack", Repository.Path("analyzers", "KmsGuardrails.Package", "KmsGuardrails.Package.csproj"), "-o", feed.Path, "-p:Version=" + version);
        Assert.True(pack.ExitCode == 0, pack.Output);

        sample.CopyFrom(Repository.Path("samples", "csharp"));
        var project = Path.Combine(sample.Path, "KmsSample", "KmsSample.csproj");
        string[] build = { "build", project, "-warnaserror", "-p:KmsGuardrailsVersion=" + version, "-p:RestoreAdditionalProjectSources=" + feed.Path };

        var dangerous = Dotnet.Run(sample.Path, Timeout, build);
        Assert.NotEqual(0, dangerous.ExitCode);
        Assert.Equal(Expected, Reported(dangerous.Output));

        foreach (var (file, before, after) in Fixes)
        {
            var path = Path.Combine(sample.Path, "KmsSample", file);
            var text = File.ReadAllText(path).ReplaceLineEndings("\n");
            Assert.Contains(before, text);
            File.WriteAllText(path, text.Replace(before, after));
        }

        var fixedBuild = Dotnet.Run(sample.Path, Timeout, build);
        Assert.True(fixedBuild.ExitCode == 0, fixedBuild.Output);
        Assert.Empty(Reported(fixedBuild.Output));
    }

    /// <summary>The KMS diagnostics of a build log as "File.cs(line,col): KMSxxx", once each, sorted.</summary>
    private static string[] Reported(string output) =>
        Regex.Matches(output, @"([\w.]+\.cs)\((\d+),(\d+)\): (?:error|warning) (KMS\d{3}):")
            .Select(m => $"{m.Groups[1].Value}({m.Groups[2].Value},{m.Groups[3].Value}): {m.Groups[4].Value}")
            .Distinct()
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToArray();
}
