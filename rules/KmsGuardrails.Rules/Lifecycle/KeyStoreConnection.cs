namespace KmsGuardrails.Rules.Lifecycle;

/// <summary>ConnectionStateType of a custom key store, plus <see cref="Deleted"/> once the store is gone.</summary>
public enum KeyStoreConnection
{
    Connected,
    Connecting,
    Failed,
    Disconnected,
    Disconnecting,

    /// <summary>Not an API value: DeleteCustomKeyStore succeeded and the store no longer exists.</summary>
    Deleted,
}
