namespace KmsGuardrails.Rules.Lifecycle;

/// <summary>The operations that use the key material; all of them need an Enabled (or Updating) key.</summary>
public enum CryptographicApi
{
    Encrypt,
    Decrypt,
    ReEncrypt,
    GenerateDataKey,
    GenerateDataKeyWithoutPlaintext,
    GenerateDataKeyPair,
    GenerateDataKeyPairWithoutPlaintext,
    GenerateMac,
    VerifyMac,
    Sign,
    Verify,
    GetPublicKey,
}
