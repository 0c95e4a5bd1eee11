namespace KmsGuardrails.Rules.Lifecycle;

/// <summary>OriginType of the KMS API: where the key material comes from.</summary>
public enum KeyOrigin
{
    AwsKms,

    /// <summary>Imported key material.</summary>
    External,

    /// <summary>A CloudHSM custom key store.</summary>
    AwsCloudHsm,

    /// <summary>An external key store (XKS).</summary>
    ExternalKeyStore,
}
