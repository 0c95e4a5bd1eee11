using System.Threading.Tasks;
using KmsGuardrails.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = KmsGuardrails.Analyzers.Tests.Verification.AnalyzerVerifier<KmsGuardrails.Analyzers.Rules.KeyLifecycleFlowAnalyzer>;

namespace KmsGuardrails.Analyzers.Tests.Rules;

public sealed class Kms009UseAfterCancelWithoutEnableTests
{
    public static TheoryData<SdkVersion> Sdks => new() { SdkVersion.V3, SdkVersion.V4_0, SdkVersion.V4_1 };

    [Theory]
    [MemberData(nameof(Sdks))]
    public Task Using_a_key_right_after_cancelling_its_deletion(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Recovery
        {
            async Task RecoverAsync(IAmazonKeyManagementService kms, string keyId)
            {
                await kms.CancelKeyDeletionAsync(new CancelKeyDeletionRequest { KeyId = keyId });
                await kms.{|#0:GenerateDataKeyAsync|}(new GenerateDataKeyRequest { KeyId = keyId, KeySpec = DataKeySpec.AES_256 });
            }
        }
        """,
        expected: new DiagnosticResult("KMS009", DiagnosticSeverity.Warning).WithLocation(0)
            .WithMessage("Key 'keyId' is used for GenerateDataKey after CancelKeyDeletion without EnableKey: a cancelled key is Disabled, so the call fails"));

    [Theory]
    [MemberData(nameof(Sdks))]
    public Task Silent_after_EnableKey_on_every_path(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Recovery
        {
            async Task RecoverAsync(IAmazonKeyManagementService kms, string keyId, bool log)
            {
                await kms.CancelKeyDeletionAsync(new CancelKeyDeletionRequest { KeyId = keyId });
                await kms.EnableKeyAsync(new EnableKeyRequest { KeyId = keyId });
                if (log)
                {
                    System.Console.WriteLine(keyId);
                }

                await kms.GenerateDataKeyAsync(new GenerateDataKeyRequest { KeyId = keyId, KeySpec = DataKeySpec.AES_256 });
            }

            async Task EnabledOnOnePathAsync(IAmazonKeyManagementService kms, string keyId, bool enable)
            {
                await kms.CancelKeyDeletionAsync(new CancelKeyDeletionRequest { KeyId = keyId });
                if (enable)
                {
                    await kms.EnableKeyAsync(new EnableKeyRequest { KeyId = keyId });
                }

                await kms.GenerateDataKeyAsync(new GenerateDataKeyRequest { KeyId = keyId, KeySpec = DataKeySpec.AES_256 });
            }
        }
        """);
}
