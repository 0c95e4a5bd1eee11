using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using KmsGuardrails.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace KmsGuardrails.Analyzers.Tests.Robustness;

/// <summary>
/// The references a robustness case compiles against: each real SDK build, and the broken set a
/// project has while a restore is incomplete (the KMS assembly without AWSSDK.Core, whose base types
/// then do not resolve).
/// </summary>
internal static class ReferenceSets
{
    public static readonly string[] Names = { "v3", "v4.1", "v4.1 net472", "v4.1 without AWSSDK.Core" };

    public static async Task<ImmutableArray<MetadataReference>> ResolveAsync(string name)
    {
        var framework = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, default);
        var sdk = name switch
        {
            "v3" => SdkReferences.For(SdkVersion.V3),
            "v4.1" => SdkReferences.For(SdkVersion.V4_1),
            "v4.1 net472" => SdkReferences.For(SdkVersion.V4_1_Sync),
            _ => SdkReferences.For(SdkVersion.V4_1).Take(1).ToArray(), // the first is the KMS assembly
        };
        return framework.AddRange(sdk);
    }
}
