using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;

namespace KmsSample;

/// <summary>Keys whose material the company imports from its own HSMs.</summary>
public sealed class ImportedMaterial(IAmazonKeyManagementService kms)
{
    public async Task PurgeAsync(string keyId)
    {
        await kms.DeleteImportedKeyMaterialAsync(new DeleteImportedKeyMaterialRequest { KeyId = keyId });
    }

    public async Task ImportAsync(string keyId, MemoryStream token, MemoryStream material)
    {
        await kms.ImportKeyMaterialAsync(new ImportKeyMaterialRequest
        {
            KeyId = keyId,
            ImportToken = token,
            EncryptedKeyMaterial = material,
            ExpirationModel = ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE,
        });
    }
}
