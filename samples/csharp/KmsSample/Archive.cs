using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;

namespace KmsSample;

/// <summary>Seals a report under a key, then retires the key: in the wrong order.</summary>
public sealed class Archive(IAmazonKeyManagementService kms)
{
    public async Task SealAndRetireAsync(string keyId, byte[] report)
    {
        await kms.DisableKeyAsync(new DisableKeyRequest { KeyId = keyId });
        await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 30 });
        using var plaintext = new MemoryStream(report);
        await kms.EncryptAsync(new EncryptRequest { KeyId = keyId, Plaintext = plaintext });
    }
}
