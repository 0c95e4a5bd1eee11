namespace KmsGuardrails.Rules.Policy;

/// <summary>The KMS actions the key-policy rules ask about.</summary>
public static class KmsActions
{
    public const string ScheduleKeyDeletion = "kms:ScheduleKeyDeletion";
    public const string CancelKeyDeletion = "kms:CancelKeyDeletion";
    public const string PutKeyPolicy = "kms:PutKeyPolicy";
    public const string EnableKey = "kms:EnableKey";
    public const string DisableKey = "kms:DisableKey";

    /// <summary>Cryptographic operations: an administrator statement grants none of them.</summary>
    public static readonly string[] Cryptographic =
    {
        "kms:Encrypt", "kms:Decrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo", "kms:GenerateDataKey",
        "kms:GenerateDataKeyWithoutPlaintext", "kms:GenerateDataKeyPair", "kms:Sign", "kms:Verify",
        "kms:GenerateMac", "kms:VerifyMac", "kms:DeriveSharedSecret",
    };
}
