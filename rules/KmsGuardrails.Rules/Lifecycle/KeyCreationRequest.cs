using System;

namespace KmsGuardrails.Rules.Lifecycle;

/// <summary>
/// What a request to create a key says, in every frontend's terms (a CreateKey call, an
/// AWS::KMS::Key resource, an aws_kms_key block, a CDK construct), and the facts of the key it
/// creates with the API's defaults for what it omits. The one place those defaults are written.
/// </summary>
/// <remarks>
/// Defaults from the CreateKey API reference
/// (https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateKey.html): KeySpec
/// SYMMETRIC_DEFAULT, KeyUsage ENCRYPT_DECRYPT, Origin AWS_KMS, MultiRegion false. A key in a
/// custom key store must name its origin (AWS_CLOUDHSM or EXTERNAL_KEY_STORE), so an omitted
/// origin beside a store id is not known.
/// </remarks>
public sealed record KeyCreationRequest
{
    /// <summary>KeySpec when omitted, as the API spells it.</summary>
    public const string DefaultKeySpec = "SYMMETRIC_DEFAULT";

    /// <summary>KeyUsage when omitted, as the API spells it.</summary>
    public const string DefaultKeyUsage = "ENCRYPT_DECRYPT";

    /// <summary>Origin when omitted and no custom key store is named.</summary>
    public const string DefaultOrigin = "AWS_KMS";

    /// <summary>KeySpec, or the deprecated CustomerMasterKeySpec (Terraform's customer_master_key_spec).</summary>
    public RequestValue KeySpec { get; init; }

    public RequestValue KeyUsage { get; init; }

    public RequestValue Origin { get; init; }

    /// <summary><c>true</c> for a multi-Region primary key.</summary>
    public RequestValue MultiRegion { get; init; }

    /// <summary>The custom key store, named as the frontend names it (an id, a variable, a reference); null when none.</summary>
    public string? CustomKeyStore { get; init; }

    /// <summary>The request creates a replica of a multi-Region key (ReplicateKey, AWS::KMS::ReplicaKey).</summary>
    public bool IsReplica { get; init; }

    /// <summary>Replicas of this key the same program or template creates, when it creates any.</summary>
    public int? ReplicaCount { get; init; }

    /// <summary>The facts of the key this request creates.</summary>
    public KeyFacts ToFacts() => new()
    {
        Spec = KmsNames.Parse<KeySpec>(Effective(KeySpec, DefaultKeySpec)),
        Usage = KmsNames.Parse<KeyUsage>(Effective(KeyUsage, DefaultKeyUsage)),
        Origin = KmsNames.Parse<KeyOrigin>(Effective(Origin, CustomKeyStore is null ? DefaultOrigin : null)),
        Role = IsReplica ? MultiRegionRole.Replica
            : Effective(MultiRegion, "false") is { } multiRegion
                ? string.Equals(multiRegion, "true", StringComparison.OrdinalIgnoreCase) ? MultiRegionRole.Primary
                : string.Equals(multiRegion, "false", StringComparison.OrdinalIgnoreCase) ? MultiRegionRole.SingleRegion
                : null
            : null,
        ReplicaCount = ReplicaCount,
        CustomKeyStoreId = CustomKeyStore,
    };

    /// <summary>The value the key gets: as given, else the default; null when it cannot be known.</summary>
    private static string? Effective(RequestValue value, string? fallback) => value.IsGiven ? value.Text : fallback;
}
