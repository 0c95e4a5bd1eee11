namespace KmsGuardrails.Rules.Lifecycle;

/// <summary>The errors of the key-state table (KMS developer guide, footnotes [1]–[15]) and of the store operations.</summary>
internal static class KmsErrors
{
    public const string InvalidState = "KMSInvalidStateException";
    public const string Disabled = "DisabledException";
    public const string NotFound = "NotFoundException";
    public const string UnsupportedOperation = "UnsupportedOperationException";
    public const string Validation = "ValidationException";
    public const string StoreInvalidState = "CustomKeyStoreInvalidStateException";
    public const string StoreHasKeys = "CustomKeyStoreHasCMKsException";
    public const string StoreNotFound = "CustomKeyStoreNotFoundException";

    /// <summary>[1]</summary>
    public static KmsError KeyDisabled { get; } = new("the key is disabled.", Disabled);

    /// <summary>[2] or [3]: cryptographic and replication calls on a key pending deletion.</summary>
    public static KmsError PendingDeletionDisabledOrInvalid { get; } =
        new("the key is pending deletion (or pending replica deletion).", Disabled, InvalidState);

    /// <summary>[3]</summary>
    public static KmsError PendingDeletion { get; } = new("the key is pending deletion (or pending replica deletion).", InvalidState);

    /// <summary>[4]</summary>
    public static KmsError NotPendingDeletion { get; } = new("the key is not pending deletion (or pending replica deletion).", InvalidState);

    /// <summary>[5]</summary>
    public static KmsError PendingImport { get; } = new("the key is pending import.", InvalidState);

    /// <summary>[8]</summary>
    public static KmsError ImportWhilePendingDeletion { get; } = new("the key is pending deletion; key material cannot be imported.", InvalidState);

    /// <summary>[9]</summary>
    public static KmsError NoImportedMaterial { get; } = new("the key does not have imported key material (origin is not EXTERNAL).", UnsupportedOperation);

    /// <summary>[11]</summary>
    public static KmsError Unavailable { get; } = new("the key is unavailable.", InvalidState);

    /// <summary>[14]</summary>
    public static KmsError Creating { get; } = new("the key is creating.", InvalidState);

    /// <summary>[15]</summary>
    public static KmsError Updating { get; } = new("the key is updating.", InvalidState);

    public static KmsError KeyDeleted { get; } = new("the key does not exist.", NotFound);

    public static KmsError WindowOutOfRange { get; } = new("PendingWindowInDays must be between 7 and 30.", Validation);

    public static KmsError NotMultiRegionPrimary { get; } = new("the key is not a multi-Region primary key.", UnsupportedOperation);

    public static KmsError StoreNotConnected { get; } = new("the custom key store is not connected.", StoreInvalidState);

    public static KmsError StoreNotDisconnected { get; } = new("the custom key store is not disconnected.", StoreInvalidState);

    public static KmsError StoreCannotConnect { get; } = new("the custom key store is disconnecting or failed; disconnect it first.", StoreInvalidState);

    public static KmsError StoreAlreadyDisconnected { get; } = new("the custom key store is disconnected or disconnecting.", StoreInvalidState);

    public static KmsError StoreContainsKeys { get; } = new("the custom key store contains KMS keys.", StoreHasKeys);

    public static KmsError StoreDeleted { get; } = new("the custom key store does not exist.", StoreNotFound);
}
