using System.Threading.Tasks;
using KmsGuardrails.Analyzers.Rules;
using KmsGuardrails.Analyzers.Tests.Verification;
using Verify = KmsGuardrails.Analyzers.Tests.Verification.AnalyzerVerifier<KmsGuardrails.Analyzers.Rules.PendingWindowAnalyzer>;

namespace KmsGuardrails.Analyzers.Tests.Rules;

public sealed class Kms001PendingWindowOutOfRangeTests
{
    private const string Usings = "using System.Threading.Tasks;\nusing Amazon.KeyManagementService;\nusing Amazon.KeyManagementService.Model;\n";

    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4_0)]
    [InlineData(SdkVersion.V4_1)]
    public Task Literal_in_the_request_initializer(SdkVersion sdk) => Verify.VerifyAsync(sdk, Usings + """
        class Retirement
        {
            async Task RetireAsync(IAmazonKeyManagementService kms, string keyId)
            {
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = {|KMS001:3|} });
            }
        }
        """);
}
