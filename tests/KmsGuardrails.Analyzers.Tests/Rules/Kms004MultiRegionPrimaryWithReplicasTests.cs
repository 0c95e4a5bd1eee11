using System.Threading.Tasks;
using KmsGuardrails.Analyzers.Tests.Verification;
using Verify = KmsGuardrails.Analyzers.Tests.Verification.AnalyzerVerifier<KmsGuardrails.Analyzers.Rules.KeyLifecycleFlowAnalyzer>;

namespace KmsGuardrails.Analyzers.Tests.Rules;

/// <summary>Multi-Region keys appeared after 3.3.105.18, so these run on v4 only.</summary>
public sealed class Kms004MultiRegionPrimaryWithReplicasTests
{
    public static TheoryData<SdkVersion> Sdks => new() { SdkVersion.V4_0, SdkVersion.V4_1 };

    [Theory]
    [MemberData(nameof(Sdks))]
    public Task A_primary_replicated_in_the_same_method(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Regions
        {
            async Task ExpandAsync(IAmazonKeyManagementService kms)
            {
                var primary = await kms.CreateKeyAsync(new CreateKeyRequest { MultiRegion = true });
                var keyId = primary.KeyMetadata.KeyId;
                await kms.ReplicateKeyAsync(new ReplicateKeyRequest { KeyId = keyId, ReplicaRegion = "eu-west-1" });
                await kms.DisableKeyAsync(new DisableKeyRequest { KeyId = keyId });
                await kms.{|KMS004:ScheduleKeyDeletionAsync|}(new ScheduleKeyDeletionRequest { KeyId = keyId });
            }
        }
        """);

    [Theory]
    [MemberData(nameof(Sdks))]
    public Task Metadata_showing_replicas(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Regions
        {
            async Task RetireAsync(IAmazonKeyManagementService kms, string keyId)
            {
                var metadata = (await kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId })).KeyMetadata;
                if (metadata.MultiRegionConfiguration.ReplicaKeys.Count > 0)
                {
                    await kms.{|KMS004:ScheduleKeyDeletionAsync|}(new ScheduleKeyDeletionRequest { KeyId = keyId });
                }
            }
        }
        """);

    [Theory]
    [MemberData(nameof(Sdks))]
    public Task Silent_without_known_replicas(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Regions
        {
            async Task NoReplicasAsync(IAmazonKeyManagementService kms)
            {
                var primary = await kms.CreateKeyAsync(new CreateKeyRequest { MultiRegion = true });
                await kms.DisableKeyAsync(new DisableKeyRequest { KeyId = primary.KeyMetadata.KeyId });
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = primary.KeyMetadata.KeyId });
            }

            async Task UnknownAsync(IAmazonKeyManagementService kms, string keyId)
            {
                var metadata = (await kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId })).KeyMetadata;
                if (metadata.MultiRegionConfiguration.ReplicaKeys.Count == 0)
                {
                    await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId });
                }

                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId });
            }
        }
        """);
}
