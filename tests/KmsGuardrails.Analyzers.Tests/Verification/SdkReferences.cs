using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace KmsGuardrails.Analyzers.Tests.Verification;

/// <summary>Metadata references to the real SDK assemblies that the test project downloads at restore.</summary>
internal static class SdkReferences
{
    private static readonly string PackageRoot =
        typeof(SdkReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NuGetPackageRoot").Value!;

    public static MetadataReference[] For(SdkVersion version) => version switch
    {
        SdkVersion.V3 => new[] { Reference("awssdk.keymanagementservice", "3.3.105.18", "net45"), Reference("awssdk.core", "3.7.202.18", "net45") },
        SdkVersion.V4_0 => new[] { Reference("awssdk.keymanagementservice", "4.0.100.9", "net8.0"), Reference("awssdk.core", "4.1.0", "net8.0") },
        SdkVersion.V4_1 => new[] { Reference("awssdk.keymanagementservice", "4.1.0", "net8.0"), Reference("awssdk.core", "4.1.0", "net8.0") },
        SdkVersion.V4_1_Sync => new[] { Reference("awssdk.keymanagementservice", "4.1.0", "net472"), Reference("awssdk.core", "4.1.0", "net472") },
        _ => throw new ArgumentOutOfRangeException(nameof(version)),
    };

    private static MetadataReference Reference(string package, string version, string framework)
    {
        var folder = Path.Combine(PackageRoot, package, version, "lib", framework);
        var assembly = Directory.GetFiles(folder, "*.dll").Single();
        return MetadataReference.CreateFromFile(assembly);
    }
}
