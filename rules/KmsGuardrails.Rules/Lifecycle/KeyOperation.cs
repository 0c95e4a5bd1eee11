namespace KmsGuardrails.Rules.Lifecycle;

/// <summary>One operation on a key, with the arguments the lifecycle model needs. Build with the factory methods.</summary>
public sealed record KeyOperation
{
    private KeyOperation(KeyOperationKind kind) => Kind = kind;

    public KeyOperationKind Kind { get; }

    /// <summary>ScheduleKeyDeletion's waiting period.</summary>
    public PendingWindow Window { get; private init; }

    /// <summary>ImportKeyMaterial: whether the imported material expires.</summary>
    public TriState MaterialExpires { get; private init; }

    /// <summary>CreateKey: the facts of the new key.</summary>
    public KeyFacts? CreatedKey { get; private init; }

    /// <summary>Cryptographic: which call.</summary>
    public CryptographicApi Api { get; private init; }

    /// <summary>TimePasses: how many days.</summary>
    public int Days { get; private init; }

    public static KeyOperation CreateKey(KeyFacts newKey) => new(KeyOperationKind.CreateKey) { CreatedKey = newKey };

    public static KeyOperation EnableKey { get; } = new(KeyOperationKind.EnableKey);

    public static KeyOperation DisableKey { get; } = new(KeyOperationKind.DisableKey);

    public static KeyOperation ScheduleKeyDeletion(PendingWindow window) => new(KeyOperationKind.ScheduleKeyDeletion) { Window = window };

    public static KeyOperation CancelKeyDeletion { get; } = new(KeyOperationKind.CancelKeyDeletion);

    public static KeyOperation DeleteImportedKeyMaterial { get; } = new(KeyOperationKind.DeleteImportedKeyMaterial);

    /// <param name="materialExpires">True for ExpirationModel KEY_MATERIAL_EXPIRES, which is also the API default.</param>
    public static KeyOperation ImportKeyMaterial(TriState materialExpires) =>
        new(KeyOperationKind.ImportKeyMaterial) { MaterialExpires = materialExpires };

    public static KeyOperation ReplicateKey { get; } = new(KeyOperationKind.ReplicateKey);

    public static KeyOperation UpdatePrimaryRegion { get; } = new(KeyOperationKind.UpdatePrimaryRegion);

    public static KeyOperation ConnectCustomKeyStore { get; } = new(KeyOperationKind.ConnectCustomKeyStore);

    public static KeyOperation DisconnectCustomKeyStore { get; } = new(KeyOperationKind.DisconnectCustomKeyStore);

    public static KeyOperation DeleteCustomKeyStore { get; } = new(KeyOperationKind.DeleteCustomKeyStore);

    public static KeyOperation Cryptographic(CryptographicApi api) => new(KeyOperationKind.Cryptographic) { Api = api };

    public static KeyOperation TimePasses(int days) => new(KeyOperationKind.TimePasses) { Days = days };

    public static KeyOperation KeyMaterialExpires { get; } = new(KeyOperationKind.KeyMaterialExpires);

    public static KeyOperation ReplicaDeleted { get; } = new(KeyOperationKind.ReplicaDeleted);

    public static KeyOperation TransientStateEnds { get; } = new(KeyOperationKind.TransientStateEnds);

    /// <summary>The API or event name, for evidence and messages.</summary>
    public string Name => Kind switch
    {
        KeyOperationKind.Cryptographic => Api.ToString(),
        KeyOperationKind.ScheduleKeyDeletion => "ScheduleKeyDeletion(" + Window + ")",
        KeyOperationKind.TimePasses => Days + " days pass",
        _ => Kind.ToString(),
    };

    public override string ToString() => Name;
}
