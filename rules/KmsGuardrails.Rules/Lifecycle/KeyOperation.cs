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

    /// <summary>
    /// StackDeleted, ResourceRemoved, ResourceReplaced: whether the deployment tool keeps the key
    /// when it removes the resource (CloudFormation Retain, Terraform prevent_destroy), as the
    /// frontend's format defines it for this kind of removal.
    /// </summary>
    public TriState Retained { get; private init; }

    /// <summary>
    /// StackDeleted, ResourceRemoved, ResourceReplaced: what removes the key, in the frontend's
    /// words ("it has no DeletionPolicy, so ...", "this plan destroys it").
    /// </summary>
    public string Reason { get; private init; } = string.Empty;

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

    /// <param name="window">The declared waiting period the deployment tool schedules the deletion with.</param>
    /// <param name="retained">Whether deleting the stack or module leaves the key in place.</param>
    /// <param name="reason">Why it is or is not retained, in the frontend's words.</param>
    public static KeyOperation StackDeleted(PendingWindow window, TriState retained, string reason) =>
        new(KeyOperationKind.StackDeleted) { Window = window, Retained = retained, Reason = reason };

    /// <param name="window">The waiting period the removed resource declared.</param>
    /// <param name="retained">Whether the deployment tool keeps the key when its resource is removed.</param>
    /// <param name="reason">What the change does, in the frontend's words ("its resource is removed in this change").</param>
    public static KeyOperation ResourceRemoved(PendingWindow window, TriState retained, string reason) =>
        new(KeyOperationKind.ResourceRemoved) { Window = window, Retained = retained, Reason = reason };

    /// <param name="window">The waiting period the replaced resource declared.</param>
    /// <param name="retained">Whether the deployment tool keeps the old key when it replaces the resource.</param>
    /// <param name="reason">What the change does, in the frontend's words ("this plan replaces it because key_usage changes").</param>
    public static KeyOperation ResourceReplaced(PendingWindow window, TriState retained, string reason) =>
        new(KeyOperationKind.ResourceReplaced) { Window = window, Retained = retained, Reason = reason };

    /// <summary>StackDeleted, ResourceRemoved and ResourceReplaced: the deployment tool, not an API call, deletes the key.</summary>
    public bool IsDeploymentRemoval => Kind is KeyOperationKind.StackDeleted or KeyOperationKind.ResourceRemoved or KeyOperationKind.ResourceReplaced;

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
