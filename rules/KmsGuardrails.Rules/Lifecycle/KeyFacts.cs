namespace KmsGuardrails.Rules.Lifecycle;

/// <summary>
/// What is known about one key. Every fact may be unknown (null or <see cref="TriState.Unknown"/>);
/// rules fire only on known facts. Immutable: operations return new facts.
/// </summary>
public sealed record KeyFacts
{
    /// <summary>Nothing known: the facts of a key a frontend only has an id for.</summary>
    public static KeyFacts Unknown { get; } = new();

    public KeySpec? Spec { get; init; }

    public KeyUsage? Usage { get; init; }

    public KeyOrigin? Origin { get; init; }

    public MultiRegionRole? Role { get; init; }

    /// <summary>Replicas of a multi-Region primary key, when their number is known.</summary>
    public int? ReplicaCount { get; init; }

    /// <summary>A known lower bound on the replicas, for code that only tested that some exist.</summary>
    public int MinimumReplicaCount { get; init; }

    /// <summary>The custom key store id, or the frontend's name for it (a variable, a logical id).</summary>
    public string? CustomKeyStoreId { get; init; }

    public KeyStoreConnection? StoreConnection { get; init; }

    /// <summary>Whether imported key material expires (ExpirationModel KEY_MATERIAL_EXPIRES).</summary>
    public TriState MaterialExpires { get; init; }

    /// <summary>The waiting period of the scheduled deletion, in days.</summary>
    public int? PendingWindowDays { get; init; }

    /// <summary>Days of the waiting period that have passed.</summary>
    public int DaysPending { get; init; }

    /// <summary>The key was returned to Disabled by CancelKeyDeletion and not enabled since.</summary>
    public TriState DisabledByCancel { get; init; }

    /// <summary>The states the key had before its key store was disconnected (it is Unavailable meanwhile).</summary>
    public KeyStateSet StatesBeforeDisconnect { get; init; }

    /// <summary>True for RSA, ECC, SM2, ML-DSA and ML-KEM key specs; unknown when the spec is.</summary>
    public TriState IsAsymmetric => Spec switch
    {
        null => TriState.Unknown,
        KeySpec.SymmetricDefault or KeySpec.Hmac224 or KeySpec.Hmac256 or KeySpec.Hmac384 or KeySpec.Hmac512 => TriState.False,
        _ => TriState.True,
    };

    /// <summary>Whether the key lives in a CloudHSM or external key store.</summary>
    public TriState InCustomKeyStore => Origin switch
    {
        KeyOrigin.AwsCloudHsm or KeyOrigin.ExternalKeyStore => TriState.True,
        KeyOrigin.AwsKms or KeyOrigin.External => TriState.False,
        _ => CustomKeyStoreId is null ? TriState.Unknown : TriState.True,
    };

    /// <summary>Whether the key is a multi-Region primary that has at least one replica.</summary>
    public TriState IsPrimaryWithReplicas => Role switch
    {
        MultiRegionRole.SingleRegion or MultiRegionRole.Replica => TriState.False,
        MultiRegionRole.Primary when ReplicaCount > 0 || MinimumReplicaCount > 0 => TriState.True,
        MultiRegionRole.Primary when ReplicaCount == 0 => TriState.False,
        _ => TriState.Unknown,
    };

    /// <summary>
    /// The facts true on every one of two paths: a fact the paths disagree on becomes unknown.
    /// </summary>
    public KeyFacts Meet(KeyFacts other) => new()
    {
        Spec = Spec == other.Spec ? Spec : null,
        Usage = Usage == other.Usage ? Usage : null,
        Origin = Origin == other.Origin ? Origin : null,
        Role = Role == other.Role ? Role : null,
        ReplicaCount = ReplicaCount == other.ReplicaCount ? ReplicaCount : null,
        MinimumReplicaCount = System.Math.Min(MinimumReplicaCount, other.MinimumReplicaCount),
        CustomKeyStoreId = CustomKeyStoreId == other.CustomKeyStoreId ? CustomKeyStoreId : null,
        StoreConnection = StoreConnection == other.StoreConnection ? StoreConnection : null,
        MaterialExpires = MaterialExpires == other.MaterialExpires ? MaterialExpires : TriState.Unknown,
        PendingWindowDays = PendingWindowDays == other.PendingWindowDays ? PendingWindowDays : null,
        DaysPending = System.Math.Min(DaysPending, other.DaysPending),
        DisabledByCancel = DisabledByCancel == other.DisabledByCancel ? DisabledByCancel : TriState.Unknown,
        StatesBeforeDisconnect = StatesBeforeDisconnect.Union(other.StatesBeforeDisconnect),
    };
}
