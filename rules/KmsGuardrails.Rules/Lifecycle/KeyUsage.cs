namespace KmsGuardrails.Rules.Lifecycle;

/// <summary>KeyUsageType of the KMS API.</summary>
public enum KeyUsage
{
    EncryptDecrypt,
    SignVerify,
    GenerateVerifyMac,
    KeyAgreement,
    EncapsulateDecapsulate,
}
