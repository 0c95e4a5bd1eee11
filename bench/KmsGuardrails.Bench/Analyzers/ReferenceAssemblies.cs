using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace KmsGuardrails.Bench.Analyzers;

/// <summary>
/// What the generated compilations reference: the .NET reference assemblies from the SDK's packs
/// folder (what a net10.0 project compiles against) and the real AWS SDK assemblies from the
/// package cache (what a net10.0 project referencing AWSSDK.KeyManagementService gets).
/// </summary>
internal static class ReferenceAssemblies
{
    private const string TargetFramework = "net10.0";

    public static IReadOnlyList<MetadataReference> DotNet()
    {
        var folder = DotNetReferenceFolder();
        return Directory.GetFiles(folder, "*.dll").OrderBy(f => f, StringComparer.Ordinal).Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToList();
    }

    public static IReadOnlyList<MetadataReference> AwsSdk() => new[]
    {
        PackageAssembly("awssdk.keymanagementservice", BuildInfo.AwsSdkVersion),
        PackageAssembly("awssdk.core", BuildInfo.AwsSdkVersion),
    };

    /// <summary>packs/Microsoft.NETCore.App.Ref/&lt;newest&gt;/ref/net10.0 beside the running runtime, or under DOTNET_ROOT.</summary>
    public static string DotNetReferenceFolder()
    {
        // The runtime lives in <dotnet>/shared/Microsoft.NETCore.App/<version>/.
        var runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var roots = new[] { Path.GetFullPath(Path.Combine(runtimeFolder, "..", "..", "..")), Environment.GetEnvironmentVariable("DOTNET_ROOT") };
        foreach (var root in roots.Where(r => !string.IsNullOrEmpty(r)))
        {
            var packs = Path.Combine(root!, "packs", "Microsoft.NETCore.App.Ref");
            if (!Directory.Exists(packs))
            {
                continue;
            }

            var newest = Directory.GetDirectories(packs)
                .Select(folder => (Folder: folder, Version: Version.TryParse(Path.GetFileName(folder).Split('-')[0], out var v) ? v : null))
                .Where(candidate => candidate.Version is not null && Directory.Exists(Path.Combine(candidate.Folder, "ref", TargetFramework)))
                .OrderByDescending(candidate => candidate.Version)
                .FirstOrDefault();
            if (newest.Folder is not null)
            {
                return Path.Combine(newest.Folder, "ref", TargetFramework);
            }
        }

        throw new InvalidOperationException($"no Microsoft.NETCore.App.Ref pack with ref/{TargetFramework} found under {string.Join(" or ", roots)}");
    }

    private static MetadataReference PackageAssembly(string package, string version)
    {
        var lib = Path.Combine(BuildInfo.NuGetPackageRoot, package, version, "lib");
        var folder = new[] { TargetFramework, "net8.0" }.Select(framework => Path.Combine(lib, framework)).FirstOrDefault(Directory.Exists)
            ?? throw new InvalidOperationException($"{package} {version} has no {TargetFramework} or net8.0 assembly under {lib}: restore the bench first");
        return MetadataReference.CreateFromFile(Directory.GetFiles(folder, "*.dll").Single());
    }
}
