using System.Threading.Tasks;
using KmsGuardrails.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = KmsGuardrails.Analyzers.Tests.Verification.AnalyzerVerifier<KmsGuardrails.Analyzers.Rules.KeyLifecycleFlowAnalyzer>;

namespace KmsGuardrails.Analyzers.Tests.Rules;

/// <summary>KeySpec and asymmetric keys appeared after 3.3.105.18, so these run on v4 only.</summary>
public sealed class Kms003AsymmetricEncryptionKeyDeletionTests
{
    public static TheoryData<SdkVersion> Sdks => new() { SdkVersion.V4_0, SdkVersion.V4_1 };

    [Theory]
    [MemberData(nameof(Sdks))]
    public Task A_key_created_as_RSA_for_encryption(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Envelope
        {
            async Task RoundTripAsync(IAmazonKeyManagementService kms)
            {
                var response = await kms.CreateKeyAsync(new CreateKeyRequest { KeySpec = KeySpec.RSA_4096, KeyUsage = KeyUsageType.ENCRYPT_DECRYPT });
                await kms.DisableKeyAsync(new DisableKeyRequest { KeyId = response.KeyMetadata.KeyId });
                await kms.{|#0:ScheduleKeyDeletionAsync|}(new ScheduleKeyDeletionRequest { KeyId = response.KeyMetadata.KeyId });
            }
        }
        """,
        expected: new DiagnosticResult("KMS003", DiagnosticSeverity.Warning).WithLocation(0)
            .WithMessage("Key 'response.KeyMetadata.KeyId' is an asymmetric key used for ENCRYPT_DECRYPT: its public key may still encrypt data outside KMS that becomes undecryptable once the key is deleted"));

    [Theory]
    [MemberData(nameof(Sdks))]
    public Task Inside_a_branch_that_tested_the_metadata(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Cleanup
        {
            async Task RetireAsync(IAmazonKeyManagementService kms, string keyId)
            {
                var metadata = (await kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId })).KeyMetadata;
                if (metadata.KeySpec == KeySpec.ECC_NIST_P256 || metadata.KeyState == KeyState.Enabled)
                {
                    return;
                }

                if (metadata.KeySpec == KeySpec.RSA_2048 && metadata.KeyUsage == KeyUsageType.ENCRYPT_DECRYPT)
                {
                    await kms.{|KMS003:ScheduleKeyDeletionAsync|}(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 30 });
                }
            }
        }
        """);

    [Theory]
    [MemberData(nameof(Sdks))]
    public Task Silent_for_signing_keys_symmetric_keys_and_keys_of_unknown_spec(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Cleanup
        {
            async Task SigningAsync(IAmazonKeyManagementService kms)
            {
                var response = await kms.CreateKeyAsync(new CreateKeyRequest { KeySpec = KeySpec.RSA_2048, KeyUsage = KeyUsageType.SIGN_VERIFY });
                await kms.DisableKeyAsync(new DisableKeyRequest { KeyId = response.KeyMetadata.KeyId });
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = response.KeyMetadata.KeyId });
            }

            async Task SymmetricAsync(IAmazonKeyManagementService kms)
            {
                var response = await kms.CreateKeyAsync(new CreateKeyRequest());
                await kms.DisableKeyAsync(new DisableKeyRequest { KeyId = response.KeyMetadata.KeyId });
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = response.KeyMetadata.KeyId });
            }

            async Task UnknownAsync(IAmazonKeyManagementService kms, string keyId, KeySpec spec)
            {
                var metadata = (await kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId })).KeyMetadata;
                if (metadata.KeySpec != KeySpec.SYMMETRIC_DEFAULT)
                {
                    await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId });
                }

                var created = await kms.CreateKeyAsync(new CreateKeyRequest { KeySpec = spec });
                await kms.DisableKeyAsync(new DisableKeyRequest { KeyId = created.KeyMetadata.KeyId });
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = created.KeyMetadata.KeyId });
            }
        }
        """);
}
