using System.Threading.Tasks;
using KmsGuardrails.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = KmsGuardrails.Analyzers.Tests.Verification.AnalyzerVerifier<KmsGuardrails.Analyzers.Rules.KeyLifecycleFlowAnalyzer>;

namespace KmsGuardrails.Analyzers.Tests.Rules;

public sealed class Kms007DisconnectedStoreWithPendingDeletionTests
{
    public static TheoryData<SdkVersion> Sdks => new() { SdkVersion.V3, SdkVersion.V4_0, SdkVersion.V4_1 };

    [Theory]
    [MemberData(nameof(Sdks))]
    public Task Disconnecting_the_store_of_a_key_scheduled_for_deletion(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class HsmTeardown
        {
            async Task TeardownAsync(IAmazonKeyManagementService kms, string storeId)
            {
                var key = await kms.CreateKeyAsync(new CreateKeyRequest { CustomKeyStoreId = storeId, Origin = OriginType.AWS_CLOUDHSM });
                await kms.DisableKeyAsync(new DisableKeyRequest { KeyId = key.KeyMetadata.KeyId });
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = key.KeyMetadata.KeyId, PendingWindowInDays = 7 });
                await kms.{|#0:DisconnectCustomKeyStoreAsync|}(new DisconnectCustomKeyStoreRequest { CustomKeyStoreId = storeId });
            }
        }
        """,
        expected: new DiagnosticResult("KMS007", DiagnosticSeverity.Warning).WithLocation(0)
            .WithMessage("Key 'key.KeyMetadata.KeyId' is pending deletion while its key store 'storeId' is disconnected: KMS cannot delete the key material, which stays orphaned in the store and its backups"));

    [Theory]
    [MemberData(nameof(Sdks))]
    public Task Silent_for_another_store_or_after_the_deletion_was_cancelled(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class HsmTeardown
        {
            async Task OtherStoreAsync(IAmazonKeyManagementService kms, string storeId, string otherStoreId)
            {
                var key = await kms.CreateKeyAsync(new CreateKeyRequest { CustomKeyStoreId = storeId, Origin = OriginType.AWS_CLOUDHSM });
                await kms.DisableKeyAsync(new DisableKeyRequest { KeyId = key.KeyMetadata.KeyId });
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = key.KeyMetadata.KeyId });
                await kms.DisconnectCustomKeyStoreAsync(new DisconnectCustomKeyStoreRequest { CustomKeyStoreId = otherStoreId });
            }

            async Task CancelledAsync(IAmazonKeyManagementService kms, string storeId)
            {
                var key = await kms.CreateKeyAsync(new CreateKeyRequest { CustomKeyStoreId = storeId, Origin = OriginType.AWS_CLOUDHSM });
                await kms.DisableKeyAsync(new DisableKeyRequest { KeyId = key.KeyMetadata.KeyId });
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = key.KeyMetadata.KeyId });
                await kms.CancelKeyDeletionAsync(new CancelKeyDeletionRequest { KeyId = key.KeyMetadata.KeyId });
                await kms.DisconnectCustomKeyStoreAsync(new DisconnectCustomKeyStoreRequest { CustomKeyStoreId = storeId });
            }
        }
        """);
}
