using System.Threading.Tasks;
using KmsGuardrails.Analyzers.Tests.Verification;
using Verify = KmsGuardrails.Analyzers.Tests.Verification.CodeFixVerifier<
    KmsGuardrails.Analyzers.Rules.PendingWindowAnalyzer,
    KmsGuardrails.CodeFixes.PendingWindowCodeFixProvider>;

namespace KmsGuardrails.Analyzers.Tests.CodeFixes;

public sealed class PendingWindowCodeFixTests
{
    private const string Before = """
        class Retirement
        {
            const int Days = 3;

            async Task RetireAsync(IAmazonKeyManagementService kms, string keyId)
            {
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = {|KMS001:Days|} });
                await kms.ScheduleKeyDeletionAsync(keyId, {|KMS001:45|});
                var request = new ScheduleKeyDeletionRequest { KeyId = keyId };
                request.PendingWindowInDays = {|KMS001:1|};
                await kms.ScheduleKeyDeletionAsync(request);
            }
        }
        """;

    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4_1)]
    public Task KMS001_every_window_becomes_30_days(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + Before, Sources.Usings + """
        class Retirement
        {
            const int Days = 3;

            async Task RetireAsync(IAmazonKeyManagementService kms, string keyId)
            {
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 30 });
                await kms.ScheduleKeyDeletionAsync(keyId, 30);
                var request = new ScheduleKeyDeletionRequest { KeyId = keyId };
                request.PendingWindowInDays = 30;
                await kms.ScheduleKeyDeletionAsync(request);
            }
        }
        """);

    [Fact]
    public Task KMS001_and_KMS002_use_the_configured_minimum() => Verify.VerifyAsync(SdkVersion.V4_1, Sources.Usings + """
        class Retirement
        {
            async Task RetireAsync(IAmazonKeyManagementService kms, string keyId)
            {
                await kms.ScheduleKeyDeletionAsync(keyId, {|KMS002:10|});
                await kms.ScheduleKeyDeletionAsync(keyId, {|KMS001:2|});
            }
        }
        """, Sources.Usings + """
        class Retirement
        {
            async Task RetireAsync(IAmazonKeyManagementService kms, string keyId)
            {
                await kms.ScheduleKeyDeletionAsync(keyId, 21);
                await kms.ScheduleKeyDeletionAsync(keyId, 21);
            }
        }
        """, "kms_guardrails.min_pending_window_days = 21");
}
