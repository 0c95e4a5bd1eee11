using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;

namespace KmsSample;

/// <summary>Maintenance of the CloudHSM key store.</summary>
public sealed class KeyStores(IAmazonKeyManagementService kms)
{
    public async Task DropAsync(string storeId)
    {
        await kms.DisconnectCustomKeyStoreAsync(new DisconnectCustomKeyStoreRequest { CustomKeyStoreId = storeId });
        await kms.DeleteCustomKeyStoreAsync(new DeleteCustomKeyStoreRequest { CustomKeyStoreId = storeId });
    }
}
