using System;
using System.Collections.Generic;
using KmsGuardrails.Bench.Corpus;

namespace KmsGuardrails.Bench.Analyzers;

/// <summary>
/// Members that call AWS KMS through IAmazonKeyManagementService the way services do: retiring,
/// recovering and replicating keys, encrypting, key policies, imported material, custom key
/// stores. Some carry the hazards the analyzers exist for (short waiting periods, use after
/// scheduling deletion, the lockout safety check bypassed), in the proportions of real code.
/// Each uses the class's <c>kms</c> field and its <c>KeyPolicy</c> constant.
/// </summary>
internal static class KmsMembers
{
    private static readonly int[] Windows = { 7, 10, 14, 30, 30, 30, 3, 45 };

    public static readonly IReadOnlyList<Func<Random, string>> All = new Func<Random, string>[]
    {
        random => $$"""
            public async Task RetireAsync(string keyId, CancellationToken cancellationToken)
            {
                await kms.DisableKeyAsync(new DisableKeyRequest { KeyId = keyId }, cancellationToken);
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = {{random.Pick(Windows)}} }, cancellationToken);
            }
        """,
        random => $$"""
            public Task<ScheduleKeyDeletionResponse> RetireQuicklyAsync(string keyId) => kms.ScheduleKeyDeletionAsync(keyId, {{random.Pick(Windows)}});
        """,
        random => $$"""
            public async Task<string> CreateTenantKeyAsync(string tenant)
            {
                var created = await kms.CreateKeyAsync(new CreateKeyRequest
                {
                    Description = "tenant " + tenant,
                    Policy = KeyPolicy,
                    KeySpec = {{(random.Chance(0.15) ? "KeySpec.RSA_4096" : "KeySpec.SYMMETRIC_DEFAULT")}},
                    KeyUsage = KeyUsageType.ENCRYPT_DECRYPT,
                    BypassPolicyLockoutSafetyCheck = {{(random.Chance(0.1) ? "true" : "false")}},
                });
                return created.KeyMetadata.KeyId;
            }
        """,
        random => $$"""
            public async Task<byte[]> SealAsync(string keyId, byte[] data)
            {
                using var plaintext = new MemoryStream(data);
                var response = await kms.EncryptAsync(new EncryptRequest { KeyId = keyId, Plaintext = plaintext, EncryptionAlgorithm = EncryptionAlgorithmSpec.SYMMETRIC_DEFAULT });
                return response.CiphertextBlob.ToArray();
            }

            public async Task<byte[]> OpenAsync(byte[] ciphertext)
            {
                using var blob = new MemoryStream(ciphertext);
                var response = await kms.DecryptAsync(new DecryptRequest { CiphertextBlob = blob });
                return response.Plaintext.ToArray();
            }
        """,
        random => $$"""
            public async Task RecoverAsync(string keyId)
            {
                await kms.CancelKeyDeletionAsync(new CancelKeyDeletionRequest { KeyId = keyId });
                {{(random.Chance(0.7) ? "await kms.EnableKeyAsync(new EnableKeyRequest { KeyId = keyId });" : "// Enabling the key again was forgotten.")}}
                var dataKey = await kms.GenerateDataKeyAsync(new GenerateDataKeyRequest { KeyId = keyId, KeySpec = DataKeySpec.AES_256 });
                Console.WriteLine($"key {keyId} works again ({dataKey.CiphertextBlob.Length} bytes)");
            }
        """,
        random => $$"""
            public async Task PurgeImportedMaterialAsync(string keyId)
            {
                await kms.DeleteImportedKeyMaterialAsync(new DeleteImportedKeyMaterialRequest { KeyId = keyId });
            }
        """,
        random => $$"""
            public async Task DropKeyStoreAsync(string storeId)
            {
                await kms.DisconnectCustomKeyStoreAsync(new DisconnectCustomKeyStoreRequest { CustomKeyStoreId = storeId });
                await kms.DeleteCustomKeyStoreAsync(new DeleteCustomKeyStoreRequest { CustomKeyStoreId = storeId });
            }
        """,
        random => $$"""
            public Task<PutKeyPolicyResponse> ApplyPolicyAsync(string keyId) =>
                kms.PutKeyPolicyAsync(new PutKeyPolicyRequest { KeyId = keyId, PolicyName = "default", Policy = KeyPolicy });
        """,
        random => $$"""
            public async Task<string> ReplicateAsync(string keyId, string region)
            {
                var replica = await kms.ReplicateKeyAsync(new ReplicateKeyRequest { KeyId = keyId, ReplicaRegion = region, Policy = KeyPolicy, Description = "replica in " + region });
                return replica.ReplicaKeyMetadata.Arn;
            }
        """,
        random => $$"""
            public async Task<List<string>> ListKeyIdsAsync(CancellationToken cancellationToken)
            {
                var ids = new List<string>();
                string? marker = null;
                do
                {
                    var page = await kms.ListKeysAsync(new ListKeysRequest { Limit = 100, Marker = marker }, cancellationToken);
                    ids.AddRange((page.Keys ?? new List<KeyListEntry>()).Select(k => k.KeyId));
                    marker = page.Truncated == true ? page.NextMarker : null;
                }
                while (marker is not null);

                return ids;
            }
        """,
        random => $$"""
            public async Task<bool> IsPendingDeletionAsync(string keyId)
            {
                var described = await kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId });
                return described.KeyMetadata.KeyState == KeyState.PendingDeletion;
            }
        """,
        random => $$"""
            public Task<CreateAliasResponse> NameAsync(string keyId, string name) =>
                kms.CreateAliasAsync(new CreateAliasRequest { AliasName = "alias/" + name, TargetKeyId = keyId });
        """,
        random => $$"""
            public async Task RotateAwayAsync(byte[] report)
            {
                var created = await kms.CreateKeyAsync(new CreateKeyRequest { Description = "reports", Policy = KeyPolicy });
                var keyId = created.KeyMetadata.KeyId;
                using (var plaintext = new MemoryStream(report))
                {
                    await kms.EncryptAsync(new EncryptRequest { KeyId = keyId, Plaintext = plaintext });
                }

                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = {{random.Pick(Windows)}} });
                {{(random.Chance(0.5) ? "await kms.EncryptAsync(new EncryptRequest { KeyId = keyId, Plaintext = new MemoryStream(report) });" : "retired[keyId] = DateTime.UtcNow;")}}
            }
        """,
    };
}
