using Amazon.KeyManagementService;
using KmsSample;

// A small operations tool for KMS keys: retire a key, recover one, rotate imported material.
var kms = new AmazonKeyManagementServiceClient();
var command = args.Length > 0 ? args[0] : "help";
var keyId = args.Length > 1 ? args[1] : string.Empty;

switch (command)
{
    case "retire":
        await new KeyRetirement(kms).RetireAsync(keyId);
        break;
    case "retire-now":
        await new KeyRetirement(kms).RetireQuicklyAsync(keyId);
        break;
    case "recover":
        await new KeyRecovery(kms).RecoverAsync(keyId);
        break;
    case "archive":
        await new Archive(kms).SealAndRetireAsync(keyId, "report.csv"u8.ToArray());
        break;
    case "purge-material":
        await new ImportedMaterial(kms).PurgeAsync(keyId);
        break;
    case "drop-store":
        await new KeyStores(kms).DropAsync(keyId);
        break;
    default:
        Console.WriteLine("usage: KmsSample retire|retire-now|recover|archive|purge-material|drop-store <key or store id>");
        break;
}
