namespace KmsGuardrails.Rules.Lifecycle;

/// <summary>KeySpec of the KMS API (and the deprecated CustomerMasterKeySpec); parse API names with <see cref="KmsNames"/>.</summary>
public enum KeySpec
{
    SymmetricDefault,
    Rsa2048,
    Rsa3072,
    Rsa4096,
    EccNistP256,
    EccNistP384,
    EccNistP521,
    EccSecgP256K1,
    EccNistEdwards25519,
    Hmac224,
    Hmac256,
    Hmac384,
    Hmac512,
    Sm2,
    MlDsa44,
    MlDsa65,
    MlDsa87,
    MlKem512,
    MlKem768,
    MlKem1024,
}
