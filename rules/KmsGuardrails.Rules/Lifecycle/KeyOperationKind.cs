namespace KmsGuardrails.Rules.Lifecycle;

/// <summary>The operations of the lifecycle model: API calls, and events that happen to a key over time.</summary>
public enum KeyOperationKind
{
    CreateKey,
    EnableKey,
    DisableKey,
    ScheduleKeyDeletion,
    CancelKeyDeletion,
    DeleteImportedKeyMaterial,
    ImportKeyMaterial,
    ReplicateKey,
    UpdatePrimaryRegion,
    ConnectCustomKeyStore,
    DisconnectCustomKeyStore,
    DeleteCustomKeyStore,

    /// <summary>Encrypt, Decrypt, GenerateDataKey, Sign, ...: see <see cref="KeyOperation.Api"/>.</summary>
    Cryptographic,

    /// <summary>Days pass: a waiting period may end and the key is deleted.</summary>
    TimePasses,

    /// <summary>Imported key material reaches its ValidTo date and KMS deletes it.</summary>
    KeyMaterialExpires,

    /// <summary>One replica of this multi-Region primary key is deleted.</summary>
    ReplicaDeleted,

    /// <summary>An asynchronous change finishes: Creating and Updating end.</summary>
    TransientStateEnds,

    /// <summary>
    /// The stack or module that declares the key is deleted (a possibility every declaration
    /// carries, not a change under review): the key is scheduled for deletion with its declared
    /// waiting period unless the deployment tool retains it.
    /// </summary>
    StackDeleted,

    /// <summary>A change under review removes the key's resource (or renames it, which is the same to the deployment tool).</summary>
    ResourceRemoved,

    /// <summary>A change under review replaces the key: a new key is created and the old one removed.</summary>
    ResourceReplaced,
}
