using System;
using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.Rules.Tests.Lifecycle;

/// <summary>
/// Decodes generated integers into starting keys and operations, so FsCheck can generate and
/// shrink operation sequences as plain integer arrays.
/// </summary>
internal static class OperationCodes
{
    public static readonly KeyOperation[] Operations =
    {
        KeyOperation.EnableKey,
        KeyOperation.DisableKey,
        KeyOperation.ScheduleKeyDeletion(PendingWindow.Omitted),
        KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(7)),
        KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(12)),
        KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(30)),
        KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(6)),
        KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(31)),
        KeyOperation.ScheduleKeyDeletion(PendingWindow.Unknown),
        KeyOperation.CancelKeyDeletion,
        KeyOperation.DeleteImportedKeyMaterial,
        KeyOperation.ImportKeyMaterial(TriState.True),
        KeyOperation.ImportKeyMaterial(TriState.False),
        KeyOperation.ReplicateKey,
        KeyOperation.UpdatePrimaryRegion,
        KeyOperation.ConnectCustomKeyStore,
        KeyOperation.DisconnectCustomKeyStore,
        KeyOperation.DeleteCustomKeyStore,
        KeyOperation.Cryptographic(CryptographicApi.Encrypt),
        KeyOperation.Cryptographic(CryptographicApi.Sign),
        KeyOperation.TimePasses(1),
        KeyOperation.TimePasses(6),
        KeyOperation.TimePasses(7),
        KeyOperation.TimePasses(30),
        KeyOperation.KeyMaterialExpires,
        KeyOperation.ReplicaDeleted,
        KeyOperation.TransientStateEnds,
    };

    public static readonly KeyFacts[] StartingKeys =
    {
        Keys.Symmetric,
        Keys.Symmetric with { Spec = KeySpec.Rsa2048 },
        Keys.Symmetric with { Origin = KeyOrigin.External },
        Keys.Symmetric with { Origin = KeyOrigin.AwsCloudHsm, CustomKeyStoreId = "cks-1", StoreConnection = KeyStoreConnection.Connected },
        Keys.Symmetric with { Role = MultiRegionRole.Primary },
        KeyFacts.Unknown,
    };

    public static KeyOperation Operation(int code) => Operations[Math.Abs(code % Operations.Length)];

    /// <summary>A key created from one of the starting facts, or (for the last) a key known only by its id.</summary>
    public static LifecycleStep Start(int code)
    {
        var facts = StartingKeys[Math.Abs(code % StartingKeys.Length)];
        return ReferenceEquals(facts, KeyFacts.Unknown) ? KeyLifecycle.Start() : Keys.Created(facts);
    }

    /// <summary>Runs the sequence and returns each (before, operation, after).</summary>
    public static IEnumerable<(LifecycleStep Before, KeyOperation Operation, LifecycleStep After)> Run(int start, IEnumerable<int> codes)
    {
        var current = Start(start);
        foreach (var operation in codes.Select(Operation))
        {
            var next = current.Then(operation);
            yield return (current, operation, next);
            current = next;
        }
    }
}
