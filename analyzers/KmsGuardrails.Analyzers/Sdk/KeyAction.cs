using KmsGuardrails.Rules.Lifecycle;
using Microsoft.CodeAnalysis;

namespace KmsGuardrails.Analyzers.Sdk;

/// <summary>
/// What one KMS call does to one key, in the lifecycle model's terms: the operation and the
/// expression that names the key (or, for key-store calls, the store).
/// </summary>
internal sealed class KeyAction
{
    public KeyAction(KmsCall call, KeyOperation operation, IOperation? keyId, IOperation? storeId = null)
    {
        Call = call;
        Operation = operation;
        KeyId = keyId;
        StoreId = storeId;
    }

    public KmsCall Call { get; }

    public KeyOperation Operation { get; }

    /// <summary>The KeyId argument; null for calls that create a key or concern a key store.</summary>
    public IOperation? KeyId { get; }

    /// <summary>The CustomKeyStoreId argument of key-store calls and of CreateKey.</summary>
    public IOperation? StoreId { get; }

    /// <summary>Facts about the key this call alone establishes, for analyzers that look at one call.</summary>
    public KeyFacts Facts => Operation.CreatedKey ?? (StoreId is null ? KeyFacts.Unknown : new KeyFacts { CustomKeyStoreId = Infrastructure.KeyNames.Of(StoreId) });
}
