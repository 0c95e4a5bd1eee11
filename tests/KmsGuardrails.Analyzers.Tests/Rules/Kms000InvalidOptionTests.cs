using System.Threading.Tasks;
using KmsGuardrails.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = KmsGuardrails.Analyzers.Tests.Verification.AnalyzerVerifier<KmsGuardrails.Analyzers.Rules.InvalidOptionAnalyzer>;

namespace KmsGuardrails.Analyzers.Tests.Rules;

public sealed class Kms000InvalidOptionTests
{
    private const string Source = """
        class Retirement
        {
            Task RetireAsync(IAmazonKeyManagementService kms, string keyId) => kms.ScheduleKeyDeletionAsync(keyId, 30);
        }
        """;

    [Theory]
    [InlineData(SdkVersion.V3, "kms_guardrails.min_pending_window_days = 45", "kms_guardrails.min_pending_window_days", "min_pending_window_days must be a whole number of days from 7 to 30, not '45'", "7")]
    [InlineData(SdkVersion.V4_1, "kms_guardrails.min_pending_window_days = two weeks", "kms_guardrails.min_pending_window_days", "min_pending_window_days must be a whole number of days from 7 to 30, not 'two weeks'", "7")]
    [InlineData(SdkVersion.V4_1, "kms_guardrails.require_deletion_administrators = no", "kms_guardrails.require_deletion_administrators", "require_deletion_administrators must be true or false, not 'no'", "true")]
    public Task An_invalid_value_is_reported_once_with_the_default_that_applies(SdkVersion sdk, string option, string key, string reason, string fallback) =>
        Verify.VerifyAsync(sdk, Sources.Usings + Source, option,
            new DiagnosticResult("KMS000", DiagnosticSeverity.Warning)
                .WithMessage($"Option '{key}' in .editorconfig: {reason}; the default {fallback} applies"));

    [Fact]
    public Task One_diagnostic_per_value_however_many_files_it_applies_to()
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<KmsGuardrails.Analyzers.Rules.InvalidOptionAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.Sources.Add(("/a.cs", Sources.Usings + Source));
        test.TestState.Sources.Add(("/b.cs", Sources.Usings + Source.Replace("Retirement", "Cleanup")));
        test.TestState.AdditionalReferences.AddRange(SdkReferences.For(SdkVersion.V4_1));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\nkms_guardrails.min_pending_window_days = 3\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("KMS000", DiagnosticSeverity.Warning)
            .WithMessage("Option 'kms_guardrails.min_pending_window_days' in .editorconfig: min_pending_window_days must be a whole number of days from 7 to 30, not '3'; the default 7 applies"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("kms_guardrails.min_pending_window_days = 14")]
    [InlineData("kms_guardrails.min_pending_window_days = 30\nkms_guardrails.require_deletion_administrators = false")]
    [InlineData("kms_guardrails.require_deletion_administrators = True")]
    public Task Valid_values_are_silent(string options) => Verify.VerifyAsync(SdkVersion.V4_1, Sources.Usings + Source, options);

    [Fact]
    public Task A_project_without_the_KMS_SDK_is_not_checked()
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<KmsGuardrails.Analyzers.Rules.InvalidOptionAnalyzer, DefaultVerifier>
        {
            TestCode = "class Plain { }",
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\nkms_guardrails.min_pending_window_days = 3\n"));
        return test.RunAsync();
    }
}
