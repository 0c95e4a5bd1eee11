using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;

namespace KmsSample;

/// <summary>Stops a deletion that turned out to be a mistake.</summary>
public sealed class KeyRecovery(IAmazonKeyManagementService kms)
{
    public async Task RecoverAsync(string keyId)
    {
        await kms.CancelKeyDeletionAsync(new CancelKeyDeletionRequest { KeyId = keyId });
        var dataKey = await kms.GenerateDataKeyAsync(new GenerateDataKeyRequest { KeyId = keyId, KeySpec = DataKeySpec.AES_256 });
        Console.WriteLine($"key {keyId} works again ({dataKey.CiphertextBlob.Length} bytes)");
    }

    public async Task RecoverProperlyAsync(string keyId)
    {
        await kms.CancelKeyDeletionAsync(new CancelKeyDeletionRequest { KeyId = keyId });
        await kms.EnableKeyAsync(new EnableKeyRequest { KeyId = keyId });
        await kms.GenerateDataKeyAsync(new GenerateDataKeyRequest { KeyId = keyId, KeySpec = DataKeySpec.AES_256 });
    }
}
