using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;

namespace KmsSample;

/// <summary>Retires keys that are no longer needed.</summary>
public sealed class KeyRetirement(IAmazonKeyManagementService kms)
{
    /// <summary>The documented procedure: disable first, then schedule with the longest window.</summary>
    public async Task RetireAsync(string keyId)
    {
        await kms.DisableKeyAsync(new DisableKeyRequest { KeyId = keyId });
        await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 30 });
    }

    /// <summary>Someone was in a hurry.</summary>
    public async Task RetireQuicklyAsync(string keyId)
    {
        await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 3 });
        await kms.ScheduleKeyDeletionAsync(keyId, 10);
    }

    /// <summary>Creates a key pair for a partner and retires it again: its public key may still be in use.</summary>
    public async Task RetirePartnerKeyAsync()
    {
        var created = await kms.CreateKeyAsync(new CreateKeyRequest { KeySpec = KeySpec.RSA_4096, KeyUsage = KeyUsageType.ENCRYPT_DECRYPT });
        await kms.DisableKeyAsync(new DisableKeyRequest { KeyId = created.KeyMetadata.KeyId });
        await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = created.KeyMetadata.KeyId, PendingWindowInDays = 30 });
    }
}
