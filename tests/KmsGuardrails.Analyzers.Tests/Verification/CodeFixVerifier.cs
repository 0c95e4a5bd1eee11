using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace KmsGuardrails.Analyzers.Tests.Verification;

/// <summary>Applies a code fix, one diagnostic at a time and with Fix All, on code compiled against a real SDK build.</summary>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task VerifyAsync(SdkVersion sdk, string source, string fixedSource, string? editorConfig = null)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AdditionalReferences.AddRange(SdkReferences.For(sdk));
        test.FixedState.AdditionalReferences.AddRange(SdkReferences.For(sdk));
        if (editorConfig is not null)
        {
            var config = ("/.editorconfig", "root = true\n\n[*]\n" + editorConfig);
            test.TestState.AnalyzerConfigFiles.Add(config);
            test.FixedState.AnalyzerConfigFiles.Add(config);
        }

        return test.RunAsync(CancellationToken.None);
    }
}
