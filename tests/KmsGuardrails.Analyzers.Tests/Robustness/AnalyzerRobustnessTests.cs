using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using KmsGuardrails.Analyzers.Rules;
using KmsGuardrails.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace KmsGuardrails.Analyzers.Tests.Robustness;

/// <summary>Every analyzer over incomplete and unusual C#: no exception, so no AD0001, whatever the code.</summary>
public sealed class AnalyzerRobustnessTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(PendingWindowAnalyzer).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    public static TheoryData<string, SdkVersion> Cases()
    {
        var data = new TheoryData<string, SdkVersion>();
        foreach (var (name, _) in Sources)
        {
            data.Add(name, SdkVersion.V4_1);
            data.Add(name, SdkVersion.V3);
        }

        return data;
    }

    private static readonly (string Name, string Code)[] Sources =
    {
        ("partial statement", "class C { async System.Threading.Tasks.Task M(Amazon.KeyManagementService.IAmazonKeyManagementService kms) { await kms.ScheduleKeyDeletionAsync(new Amazon.KeyManagementService.Model.ScheduleKeyDeletionRequest { KeyId = , PendingWindowInDays = "),
        ("missing argument", "class C { void M(Amazon.KeyManagementService.IAmazonKeyManagementService kms) { kms.ScheduleKeyDeletionAsync(); kms.EncryptAsync(null!); kms.DisconnectCustomKeyStoreAsync(new()); } }"),
        ("unknown types", "class C { async System.Threading.Tasks.Task M(Missing kms, string id) { await kms.ScheduleKeyDeletionAsync(id, 3); var r = new Missing2 { PendingWindowInDays = 1 }; } }"),
        ("top-level statements", "using Amazon.KeyManagementService; using Amazon.KeyManagementService.Model; IAmazonKeyManagementService kms = null!; var id = \"k\"; await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = id, PendingWindowInDays = 3 }); await kms.EncryptAsync(new EncryptRequest { KeyId = id });"),
        ("records and primary constructors", "using Amazon.KeyManagementService; record Retirer(IAmazonKeyManagementService Kms, string KeyId) { public System.Threading.Tasks.Task Go() => Kms.ScheduleKeyDeletionAsync(KeyId, 31); }"),
        ("generic wrapper", "using Amazon.KeyManagementService; using Amazon.KeyManagementService.Model; class Wrapper<T> where T : IAmazonKeyManagementService { T client; public System.Threading.Tasks.Task Go(string id) => client.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = id, PendingWindowInDays = 2 }); }"),
        ("dependency-injected client", "using Amazon.KeyManagementService; using Amazon.KeyManagementService.Model; class Service { private readonly IAmazonKeyManagementService kms; private readonly string keyId; public Service(IAmazonKeyManagementService kms, string keyId) { this.kms = kms; this.keyId = keyId; } public async System.Threading.Tasks.Task Go() { await kms.ScheduleKeyDeletionAsync(keyId); await kms.CancelKeyDeletionAsync(keyId); await kms.EncryptAsync(new EncryptRequest { KeyId = keyId }); } }"),
        ("lambdas and local functions", "using Amazon.KeyManagementService; using Amazon.KeyManagementService.Model; class C { void M(IAmazonKeyManagementService kms, string id) { System.Func<System.Threading.Tasks.Task> f = async () => { await kms.ScheduleKeyDeletionAsync(id); await kms.EncryptAsync(new EncryptRequest { KeyId = id }); }; async System.Threading.Tasks.Task Local() { await kms.CancelKeyDeletionAsync(id); await kms.DecryptAsync(new DecryptRequest { KeyId = id }); } } }"),
        ("loops, switch, try and goto", "using Amazon.KeyManagementService; using Amazon.KeyManagementService.Model; class C { async System.Threading.Tasks.Task M(IAmazonKeyManagementService kms, string[] ids, int n) { for (int i = 0; i < n; i++) { try { await kms.ScheduleKeyDeletionAsync(ids[i]); } catch (KMSInvalidStateException) { goto done; } finally { await kms.DisableKeyAsync(ids[i]); } switch (n) { case 1: await kms.EnableKeyAsync(ids[0]); break; default: continue; } } done: await kms.EncryptAsync(new EncryptRequest { KeyId = ids[0] }); while (true) { await kms.ReplicateKeyAsync(new ReplicateKeyRequest { KeyId = ids[1] }); } } }"),
        ("conditional access and null coalescing", "using Amazon.KeyManagementService; using Amazon.KeyManagementService.Model; class C { async System.Threading.Tasks.Task M(IAmazonKeyManagementService? kms, string? id) { var r = await kms!.DescribeKeyAsync(id ?? \"x\"); var md = r?.KeyMetadata; if (md?.KeySpec == KeySpec.RSA_2048 && md?.MultiRegionConfiguration?.ReplicaKeys?.Count > 0) await kms.ScheduleKeyDeletionAsync(md?.KeyId ?? id!); } }"),
        ("policy strings", "using Amazon.KeyManagementService; using Amazon.KeyManagementService.Model; class C { System.Threading.Tasks.Task M(IAmazonKeyManagementService kms) => kms.CreateKeyAsync(new CreateKeyRequest { Policy = \"{ not json\", BypassPolicyLockoutSafetyCheck = true }); System.Threading.Tasks.Task N(IAmazonKeyManagementService kms) => kms.PutKeyPolicyAsync(\"k\", \"[[[[[[[[\" + new string('[', 1), \"default\"); }"),
        ("deep nesting", "class C { int M(int x) => " + string.Concat(Enumerable.Repeat("(x + ", 500)) + "1" + new string(')', 500) + "; }"),
        ("garbage", "}}}{{{ class { void ( ] @@@ #if\n async await kms . ScheduleKeyDeletionAsync ( \"k\" , 3 ) ;"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task No_analyzer_throws(string name, SdkVersion sdk)
    {
        var code = Sources.Single(s => s.Name == name).Code;
        var references = (await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, default)).AddRange(SdkReferences.For(sdk));
        var compilation = CSharpCompilation.Create(
            "Robustness",
            new[] { CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest)) },
            references,
            new CSharpCompilationOptions(name == "top-level statements" ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);

        var diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}
