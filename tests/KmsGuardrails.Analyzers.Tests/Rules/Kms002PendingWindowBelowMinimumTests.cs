using System.Threading.Tasks;
using KmsGuardrails.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = KmsGuardrails.Analyzers.Tests.Verification.AnalyzerVerifier<KmsGuardrails.Analyzers.Rules.PendingWindowAnalyzer>;

namespace KmsGuardrails.Analyzers.Tests.Rules;

public sealed class Kms002PendingWindowBelowMinimumTests
{
    private const string Minimum14 = "kms_guardrails.min_pending_window_days = 14";

    private const string Source = """
        class Retirement
        {
            async Task RetireAsync(IAmazonKeyManagementService kms, string keyId)
            {
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = {|#0:10|} });
                await kms.ScheduleKeyDeletionAsync(keyId, {|#1:7|});
                await kms.ScheduleKeyDeletionAsync(keyId, 14);
                await kms.ScheduleKeyDeletionAsync(keyId);
            }
        }
        """;

    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4_0)]
    [InlineData(SdkVersion.V4_1)]
    public Task Windows_below_the_configured_minimum(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + Source, Minimum14,
        new DiagnosticResult("KMS002", DiagnosticSeverity.Warning).WithLocation(0)
            .WithMessage("Key 'keyId': a deletion waiting period of 10 days is shorter than the required minimum of 14 days"),
        new DiagnosticResult("KMS002", DiagnosticSeverity.Warning).WithLocation(1));

    [Fact]
    public Task Silent_until_a_minimum_is_configured() =>
        Verify.VerifyAsync(SdkVersion.V4_1, Sources.Usings + Source.Replace("{|#0:10|}", "10").Replace("{|#1:7|}", "7"));

    [Theory]
    [InlineData("kms_guardrails.min_pending_window_days = 3")]
    [InlineData("kms_guardrails.min_pending_window_days = 45")]
    [InlineData("kms_guardrails.min_pending_window_days = two weeks")]
    public Task An_invalid_minimum_leaves_the_default_which_KMS000_reports(string option) =>
        Verify.VerifyAsync(SdkVersion.V4_1, Sources.Usings + Source.Replace("{|#0:10|}", "10").Replace("{|#1:7|}", "7"), option);

    [Fact]
    public Task An_out_of_range_window_is_KMS001_not_KMS002() => Verify.VerifyAsync(SdkVersion.V4_1, Sources.Usings + """
        class Retirement
        {
            Task RetireAsync(IAmazonKeyManagementService kms, string keyId) => kms.ScheduleKeyDeletionAsync(keyId, {|KMS001:5|});
        }
        """, Minimum14);
}
