using System;
using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.Rules.Lifecycle;
using Microsoft.CodeAnalysis;

namespace KmsGuardrails.Analyzers.Sdk;

/// <summary>
/// Translates KMS calls into lifecycle operations. This is the C# frontend's only knowledge of the
/// API; what an operation means is decided by the shared simulator.
/// </summary>
internal static class KeyActions
{
    private static readonly KeyAction[] None = Array.Empty<KeyAction>();

    /// <summary>The cryptographic APIs by name; a lookup, where Enum.TryParse would parse and Enum.IsDefined reflect on every call.</summary>
    private static readonly Dictionary<string, CryptographicApi> CryptographicApis =
        ((CryptographicApi[])Enum.GetValues(typeof(CryptographicApi))).ToDictionary(api => api.ToString(), StringComparer.Ordinal);

    /// <summary>Use <see cref="KmsCall.Actions"/>, which keeps the answer.</summary>
    public static IReadOnlyList<KeyAction> Of(KmsCall call)
    {
        var keyId = call.Argument("KeyId");
        switch (call.Api)
        {
            case "CreateKey":
                return new[] { new KeyAction(call, KeyOperation.CreateKey(CreatedKey(call)), null, call.Argument("CustomKeyStoreId")) };
            case "EnableKey":
                return One(call, KeyOperation.EnableKey, keyId);
            case "DisableKey":
                return One(call, KeyOperation.DisableKey, keyId);
            case "ScheduleKeyDeletion":
                return One(call, KeyOperation.ScheduleKeyDeletion(Window(call)), keyId);
            case "CancelKeyDeletion":
                return One(call, KeyOperation.CancelKeyDeletion, keyId);
            case "DeleteImportedKeyMaterial":
                return One(call, KeyOperation.DeleteImportedKeyMaterial, keyId);
            case "ImportKeyMaterial":
                return One(call, KeyOperation.ImportKeyMaterial(MaterialExpires(call)), keyId);
            case "ReplicateKey":
                return One(call, KeyOperation.ReplicateKey, keyId);
            case "UpdatePrimaryRegion":
                return One(call, KeyOperation.UpdatePrimaryRegion, keyId);
            case "ConnectCustomKeyStore":
                return new[] { new KeyAction(call, KeyOperation.ConnectCustomKeyStore, null, call.Argument("CustomKeyStoreId")) };
            case "DisconnectCustomKeyStore":
                return new[] { new KeyAction(call, KeyOperation.DisconnectCustomKeyStore, null, call.Argument("CustomKeyStoreId")) };
            case "DeleteCustomKeyStore":
                return new[] { new KeyAction(call, KeyOperation.DeleteCustomKeyStore, null, call.Argument("CustomKeyStoreId")) };
            case "ReEncrypt":
                // Decrypts under the source key and encrypts under the destination key: both must be usable.
                var reEncrypt = KeyOperation.Cryptographic(CryptographicApi.ReEncrypt);
                return new[] { new KeyAction(call, reEncrypt, call.Argument("SourceKeyId")), new KeyAction(call, reEncrypt, call.Argument("DestinationKeyId")) };
            default:
                return CryptographicApis.TryGetValue(call.Api, out var api) ? One(call, KeyOperation.Cryptographic(api), keyId) : None;
        }
    }

    private static KeyAction[] One(KmsCall call, KeyOperation operation, IOperation? keyId) => new[] { new KeyAction(call, operation, keyId) };

    private static PendingWindow Window(KmsCall call)
    {
        if (!call.HasArgument("PendingWindowInDays"))
        {
            return PendingWindow.Omitted;
        }

        // Assigned, but to something that cannot be read (for example assigned twice differently).
        if (call.Argument("PendingWindowInDays") is not { } value)
        {
            return PendingWindow.Unknown;
        }

        if (ConstantValues.TryGetInt32(value, out var days))
        {
            return PendingWindow.OfDays(days);
        }

        // v4's int? accepts null, which leaves the window to the API default.
        return ConstantValues.Unwrap(value).ConstantValue is { HasValue: true, Value: null } ? PendingWindow.Omitted : PendingWindow.Unknown;
    }

    /// <summary>ExpirationModel defaults to KEY_MATERIAL_EXPIRES when it is not given.</summary>
    private static TriState MaterialExpires(KmsCall call)
    {
        if (!call.HasArgument("ExpirationModel"))
        {
            return TriState.True;
        }

        return call.Argument("ExpirationModel") is { } value && ConstantValues.ApiName(value) is { } name
            ? name == "KEY_MATERIAL_EXPIRES" ? TriState.True : name == "KEY_MATERIAL_DOES_NOT_EXPIRE" ? TriState.False : TriState.Unknown
            : TriState.Unknown;
    }

    /// <summary>The facts of the key CreateKey's request creates; the shared request model applies the API's defaults.</summary>
    private static KeyFacts CreatedKey(KmsCall call)
    {
        var storeId = call.Argument("CustomKeyStoreId");
        return new KeyCreationRequest
        {
            KeySpec = call.HasArgument("KeySpec") ? Named(call, "KeySpec") : Named(call, "CustomerMasterKeySpec"),
            KeyUsage = Named(call, "KeyUsage"),
            Origin = Named(call, "Origin"),
            MultiRegion = call.HasArgument("MultiRegion") ? RequestValue.Of(call.Argument("MultiRegion") is { } value ? ConstantValues.Boolean(value) : null) : RequestValue.Omitted,
            CustomKeyStore = storeId is null ? null : Infrastructure.KeyNames.Of(storeId),
        }.ToFacts();
    }

    /// <summary>An enum-like request property as the API spells it: omitted, a known name, or unknown.</summary>
    private static RequestValue Named(KmsCall call, string property) =>
        !call.HasArgument(property) ? RequestValue.Omitted
        : RequestValue.Of(call.Argument(property) is { } value ? ConstantValues.ApiName(value) : null);
}
