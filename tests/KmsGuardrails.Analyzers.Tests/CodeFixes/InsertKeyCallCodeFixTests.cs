using System.Threading.Tasks;
using KmsGuardrails.Analyzers.Tests.Verification;
using Verify = KmsGuardrails.Analyzers.Tests.Verification.CodeFixVerifier<
    KmsGuardrails.Analyzers.Rules.KeyLifecycleFlowAnalyzer,
    KmsGuardrails.CodeFixes.InsertKeyCallCodeFixProvider>;

namespace KmsGuardrails.Analyzers.Tests.CodeFixes;

public sealed class InsertKeyCallCodeFixTests
{
    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4_1)]
    public Task KMS009_inserts_EnableKey_before_each_use(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        using System.IO;

        class Recovery
        {
            async Task RecoverAsync(IAmazonKeyManagementService kms, string keyId, MemoryStream data)
            {
                await kms.CancelKeyDeletionAsync(new CancelKeyDeletionRequest { KeyId = keyId });
                await kms.{|KMS009:EncryptAsync|}(new EncryptRequest { KeyId = keyId, Plaintext = data });
            }

            async Task RecoverOtherAsync(IAmazonKeyManagementService client, string other)
            {
                await client.CancelKeyDeletionAsync(other);
                await client.{|KMS009:GenerateDataKeyAsync|}(new GenerateDataKeyRequest { KeyId = other, KeySpec = DataKeySpec.AES_256 });
            }
        }
        """, Sources.Usings + """
        using System.IO;

        class Recovery
        {
            async Task RecoverAsync(IAmazonKeyManagementService kms, string keyId, MemoryStream data)
            {
                await kms.CancelKeyDeletionAsync(new CancelKeyDeletionRequest { KeyId = keyId });
                await kms.EnableKeyAsync(keyId);
                await kms.EncryptAsync(new EncryptRequest { KeyId = keyId, Plaintext = data });
            }

            async Task RecoverOtherAsync(IAmazonKeyManagementService client, string other)
            {
                await client.CancelKeyDeletionAsync(other);
                await client.EnableKeyAsync(other);
                await client.GenerateDataKeyAsync(new GenerateDataKeyRequest { KeyId = other, KeySpec = DataKeySpec.AES_256 });
            }
        }
        """);

    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4_1)]
    public Task KMS008_inserts_DisableKey_before_scheduling(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Scratch
        {
            async Task RoundTripAsync(IAmazonKeyManagementService kms)
            {
                var created = await kms.CreateKeyAsync(new CreateKeyRequest());
                await kms.{|KMS008:ScheduleKeyDeletionAsync|}(new ScheduleKeyDeletionRequest { KeyId = created.KeyMetadata.KeyId });
            }
        }
        """, Sources.Usings + """
        class Scratch
        {
            async Task RoundTripAsync(IAmazonKeyManagementService kms)
            {
                var created = await kms.CreateKeyAsync(new CreateKeyRequest());
                await kms.DisableKeyAsync(created.KeyMetadata.KeyId);
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = created.KeyMetadata.KeyId });
            }
        }
        """);

    [Fact]
    public Task KMS008_in_sync_code_inserts_a_sync_call() => Verify.VerifyAsync(SdkVersion.V4_1_Sync, Sources.Usings + """
        class Scratch
        {
            void RoundTrip(AmazonKeyManagementServiceClient kms)
            {
                var created = kms.CreateKey(new CreateKeyRequest());
                kms.{|KMS008:ScheduleKeyDeletion|}(created.KeyMetadata.KeyId, 7);
            }
        }
        """, Sources.Usings + """
        class Scratch
        {
            void RoundTrip(AmazonKeyManagementServiceClient kms)
            {
                var created = kms.CreateKey(new CreateKeyRequest());
                kms.DisableKey(created.KeyMetadata.KeyId);
                kms.ScheduleKeyDeletion(created.KeyMetadata.KeyId, 7);
            }
        }
        """);
}
