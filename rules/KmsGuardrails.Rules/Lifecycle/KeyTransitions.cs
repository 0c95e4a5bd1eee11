namespace KmsGuardrails.Rules.Lifecycle;

/// <summary>
/// The KMS state machine for one known state, transcribed from the key-state table of the KMS
/// developer guide (https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html),
/// held by KeyStateTableTests and KeyTransitionTests. Facts that are unknown never produce an error; they
/// widen the set of states instead.
/// </summary>
internal static class KeyTransitions
{
    public static Transition Create(KeyFacts newKey)
    {
        var facts = newKey with
        {
            ReplicaCount = newKey.Role == MultiRegionRole.Primary ? newKey.ReplicaCount ?? 0 : newKey.ReplicaCount,
            PendingWindowDays = null,
            DaysPending = 0,
            DisabledByCancel = TriState.False,
            StatesBeforeDisconnect = KeyStateSet.Empty,
        };

        if (facts.InCustomKeyStore == TriState.True && facts.StoreConnection is { } connection && connection != KeyStoreConnection.Connected)
        {
            return new Transition(KeyStateSet.Empty, facts, KmsErrors.StoreNotConnected);
        }

        var state = facts.Origin switch
        {
            KeyOrigin.External => KeyState.PendingImport,
            null => KeyStateSet.Of(KeyState.Enabled, KeyState.PendingImport),
            _ => KeyState.Enabled,
        };
        return Transition.To(state, facts);
    }

    public static Transition Apply(KeyState state, KeyFacts facts, KeyOperation operation) => operation.Kind switch
    {
        KeyOperationKind.EnableKey => SetEnabled(state, facts, KeyState.Enabled),
        KeyOperationKind.DisableKey => SetEnabled(state, facts, KeyState.Disabled),
        KeyOperationKind.ScheduleKeyDeletion => Schedule(state, facts, operation.Window),
        KeyOperationKind.CancelKeyDeletion => Cancel(state, facts),
        KeyOperationKind.DeleteImportedKeyMaterial => DeleteImportedKeyMaterial(state, facts),
        KeyOperationKind.ImportKeyMaterial => ImportKeyMaterial(state, facts, operation.MaterialExpires),
        KeyOperationKind.ReplicateKey => Replicate(state, facts),
        KeyOperationKind.UpdatePrimaryRegion => UpdatePrimaryRegion(state, facts),
        KeyOperationKind.ConnectCustomKeyStore => ConnectStore(state, facts),
        KeyOperationKind.DisconnectCustomKeyStore => DisconnectStore(state, facts),
        KeyOperationKind.DeleteCustomKeyStore => DeleteStore(state, facts),
        KeyOperationKind.Cryptographic => UseKeyMaterial(state, facts),
        KeyOperationKind.TimePasses => TimePasses(state, facts, operation.Days),
        KeyOperationKind.KeyMaterialExpires => MaterialExpires(state, facts),
        KeyOperationKind.ReplicaDeleted => ReplicaDeleted(state, facts),
        KeyOperationKind.TransientStateEnds => TransientStateEnds(state, facts),
        KeyOperationKind.StackDeleted or KeyOperationKind.ResourceRemoved or KeyOperationKind.ResourceReplaced => DeploymentRemoval(state, facts, operation),
        _ => Transition.To(state, facts),
    };

    private static Transition SetEnabled(KeyState state, KeyFacts facts, KeyState target)
    {
        var enabledFacts = facts with { DisabledByCancel = TriState.False };
        return state switch
        {
            KeyState.Enabled or KeyState.Disabled => Transition.To(target, enabledFacts),

            // [12] succeeds; the state changes once the key store is connected again.
            KeyState.Unavailable => Transition.To(state, enabledFacts with { StatesBeforeDisconnect = target }),
            _ => Transition.Fails(state, facts, CommonError(state)),
        };
    }

    private static Transition Schedule(KeyState state, KeyFacts facts, PendingWindow window)
    {
        if (window.IsKnownOutOfRange)
        {
            return Transition.Fails(state, facts, KmsErrors.WindowOutOfRange);
        }

        switch (state)
        {
            case KeyState.Enabled or KeyState.Disabled or KeyState.PendingImport or KeyState.Unavailable or KeyState.Creating:
                // A multi-Region primary with replicas waits for them; its window starts later.
                var pending = facts.IsPrimaryWithReplicas switch
                {
                    TriState.True => KeyState.PendingReplicaDeletion,
                    TriState.False => KeyState.PendingDeletion,
                    _ => KeyStateSet.PendingAnyDeletion,
                };
                return Transition.To(pending, facts with
                {
                    PendingWindowDays = window.EffectiveDays,
                    DaysPending = 0,
                    DisabledByCancel = TriState.False,
                });
            case KeyState.PendingDeletion or KeyState.PendingReplicaDeletion:
                return Transition.Fails(state, facts, KmsErrors.PendingDeletion);
            default:
                return Transition.Fails(state, facts, CommonError(state));
        }
    }

    /// <summary>
    /// The deployment tool schedules the deletion with the declared window, unless it keeps the
    /// key; when that is not known, the key may be in either outcome's states.
    /// </summary>
    private static Transition DeploymentRemoval(KeyState state, KeyFacts facts, KeyOperation operation)
    {
        if (operation.Retained == TriState.True)
        {
            return Transition.To(state, facts);
        }

        var scheduled = Schedule(state, facts, operation.Window);
        return operation.Retained == TriState.False || scheduled.Error is not null
            ? scheduled
            : Transition.To(scheduled.States.Union(state), scheduled.Facts.Meet(facts));
    }

    private static Transition Cancel(KeyState state, KeyFacts facts) => state switch
    {
        KeyState.PendingDeletion or KeyState.PendingReplicaDeletion => Transition.To(KeyState.Disabled, facts with
        {
            PendingWindowDays = null,
            DaysPending = 0,
            DisabledByCancel = TriState.True,
        }),
        KeyState.Deleted => Transition.Fails(state, facts, KmsErrors.KeyDeleted),
        _ => Transition.Fails(state, facts, KmsErrors.NotPendingDeletion),
    };

    private static Transition DeleteImportedKeyMaterial(KeyState state, KeyFacts facts)
    {
        if (state is KeyState.Creating or KeyState.Updating or KeyState.Deleted)
        {
            return Transition.Fails(state, facts, CommonError(state));
        }

        // Keys in custom key stores (Unavailable) never have imported material.
        if (HasNoImportedMaterial(facts) || state == KeyState.Unavailable)
        {
            return Transition.Fails(state, facts, KmsErrors.NoImportedMaterial);
        }

        var imported = facts with { Origin = KeyOrigin.External };
        return state is KeyState.Enabled or KeyState.Disabled
            ? Transition.To(KeyState.PendingImport, imported)

            // Pending deletion: succeeds but the state stays; pending import: no effect.
            : Transition.To(state, imported);
    }

    private static Transition ImportKeyMaterial(KeyState state, KeyFacts facts, TriState materialExpires)
    {
        if (state is KeyState.Creating or KeyState.Deleted)
        {
            return Transition.Fails(state, facts, CommonError(state));
        }

        if (HasNoImportedMaterial(facts) || state == KeyState.Unavailable)
        {
            return Transition.Fails(state, facts, KmsErrors.NoImportedMaterial);
        }

        if (state is KeyState.PendingDeletion or KeyState.PendingReplicaDeletion)
        {
            return Transition.Fails(state, facts, KmsErrors.ImportWhilePendingDeletion);
        }

        var imported = facts with { Origin = KeyOrigin.External, MaterialExpires = materialExpires };
        return Transition.To(state == KeyState.PendingImport ? KeyState.Enabled : state, imported);
    }

    private static Transition Replicate(KeyState state, KeyFacts facts)
    {
        if (state == KeyState.Deleted)
        {
            return Transition.Fails(state, facts, KmsErrors.KeyDeleted);
        }

        // Custom-key-store keys (Unavailable) are never multi-Region.
        if (facts.Role is MultiRegionRole.SingleRegion or MultiRegionRole.Replica || state == KeyState.Unavailable)
        {
            return Transition.Fails(state, facts, KmsErrors.NotMultiRegionPrimary);
        }

        return state == KeyState.Enabled
            ? Transition.To(state, facts with { Role = MultiRegionRole.Primary, ReplicaCount = facts.ReplicaCount + 1, MinimumReplicaCount = facts.MinimumReplicaCount + 1 })
            : Transition.Fails(state, facts, DisabledOrCommonError(state));
    }

    private static Transition UpdatePrimaryRegion(KeyState state, KeyFacts facts)
    {
        if (state == KeyState.Deleted)
        {
            return Transition.Fails(state, facts, KmsErrors.KeyDeleted);
        }

        if (facts.Role is MultiRegionRole.SingleRegion or MultiRegionRole.Replica || state == KeyState.Unavailable)
        {
            return Transition.Fails(state, facts, KmsErrors.NotMultiRegionPrimary);
        }

        // The primary and the replica swap roles; both are Updating until the change completes.
        return state is KeyState.Enabled or KeyState.Updating
            ? Transition.To(KeyState.Updating, facts with { Role = MultiRegionRole.Replica, ReplicaCount = null, MinimumReplicaCount = 0 })
            : Transition.Fails(state, facts, DisabledOrCommonError(state));
    }

    private static Transition ConnectStore(KeyState state, KeyFacts facts)
    {
        if (facts.InCustomKeyStore == TriState.False)
        {
            return Transition.To(state, facts);
        }

        switch (facts.StoreConnection)
        {
            case KeyStoreConnection.Deleted:
                return Transition.Fails(state, facts, KmsErrors.StoreDeleted);
            case KeyStoreConnection.Disconnecting or KeyStoreConnection.Failed:
                return Transition.Fails(state, facts, KmsErrors.StoreCannotConnect);
        }

        var connected = facts with { StoreConnection = KeyStoreConnection.Connected, StatesBeforeDisconnect = KeyStateSet.Empty };
        if (state != KeyState.Unavailable)
        {
            return Transition.To(state, connected);
        }

        var restored = facts.StatesBeforeDisconnect.IsEmpty ? KeyStateSet.Of(KeyState.Enabled, KeyState.Disabled) : facts.StatesBeforeDisconnect;
        return Transition.To(restored, connected);
    }

    private static Transition DisconnectStore(KeyState state, KeyFacts facts)
    {
        if (facts.InCustomKeyStore == TriState.False)
        {
            return Transition.To(state, facts);
        }

        switch (facts.StoreConnection)
        {
            case KeyStoreConnection.Deleted:
                return Transition.Fails(state, facts, KmsErrors.StoreDeleted);
            case KeyStoreConnection.Disconnected or KeyStoreConnection.Disconnecting:
                return Transition.Fails(state, facts, KmsErrors.StoreAlreadyDisconnected);
        }

        var disconnected = facts with { StoreConnection = KeyStoreConnection.Disconnected };

        // [13] Keys pending deletion stay pending deletion, so their deletion can still be cancelled.
        return state is KeyState.Enabled or KeyState.Disabled
            ? Transition.To(KeyState.Unavailable, disconnected with { StatesBeforeDisconnect = state })
            : Transition.To(state, disconnected);
    }

    private static Transition DeleteStore(KeyState state, KeyFacts facts)
    {
        if (facts.InCustomKeyStore == TriState.False)
        {
            return Transition.To(state, facts);
        }

        if (facts.StoreConnection == KeyStoreConnection.Deleted)
        {
            return Transition.Fails(state, facts, KmsErrors.StoreDeleted);
        }

        if (facts.StoreConnection is { } connection && connection != KeyStoreConnection.Disconnected)
        {
            return Transition.Fails(state, facts, KmsErrors.StoreNotDisconnected);
        }

        // The store still holds this key until its waiting period has ended.
        return state == KeyState.Deleted
            ? Transition.To(state, facts with { StoreConnection = KeyStoreConnection.Deleted })
            : Transition.Fails(state, facts, KmsErrors.StoreContainsKeys);
    }

    private static Transition UseKeyMaterial(KeyState state, KeyFacts facts) => state switch
    {
        KeyState.Enabled or KeyState.Updating => Transition.To(state, facts),
        KeyState.Unavailable => Transition.Fails(state, facts, KmsErrors.Unavailable),
        _ => Transition.Fails(state, facts, DisabledOrCommonError(state)),
    };

    private static Transition TimePasses(KeyState state, KeyFacts facts, int days)
    {
        if (state != KeyState.PendingDeletion || days <= 0)
        {
            return Transition.To(state, facts);
        }

        var pending = facts.DaysPending + days;
        var later = facts with { DaysPending = pending };
        var deleted = facts.PendingWindowDays is { } window
            ? (pending >= window ? TriState.True : TriState.False)
            : pending >= PendingWindow.MaximumDays ? TriState.True : pending < PendingWindow.MinimumDays ? TriState.False : TriState.Unknown;
        return deleted switch
        {
            TriState.True => Transition.To(KeyState.Deleted, later),
            TriState.False => Transition.To(state, later),
            _ => Transition.To(KeyStateSet.Of(state, KeyState.Deleted), later),
        };
    }

    private static Transition MaterialExpires(KeyState state, KeyFacts facts)
    {
        if (state is not (KeyState.Enabled or KeyState.Disabled) || facts.MaterialExpires == TriState.False || HasNoImportedMaterial(facts))
        {
            return Transition.To(state, facts);
        }

        return facts.MaterialExpires == TriState.True
            ? Transition.To(KeyState.PendingImport, facts)
            : Transition.To(KeyStateSet.Of(state, KeyState.PendingImport), facts);
    }

    private static Transition ReplicaDeleted(KeyState state, KeyFacts facts)
    {
        if (facts.Role is MultiRegionRole.SingleRegion or MultiRegionRole.Replica)
        {
            return Transition.To(state, facts);
        }

        var remaining = facts.ReplicaCount is { } count ? System.Math.Max(0, count - 1) : (int?)null;
        var after = facts with { ReplicaCount = remaining, MinimumReplicaCount = System.Math.Max(0, facts.MinimumReplicaCount - 1) };
        if (state != KeyState.PendingReplicaDeletion)
        {
            return Transition.To(state, after);
        }

        // The waiting period starts when the last replica is deleted.
        return remaining switch
        {
            0 => Transition.To(KeyState.PendingDeletion, after with { DaysPending = 0 }),
            null => Transition.To(KeyStateSet.PendingAnyDeletion, after with { DaysPending = 0 }),
            _ => Transition.To(state, after),
        };
    }

    private static Transition TransientStateEnds(KeyState state, KeyFacts facts) => state switch
    {
        KeyState.Creating => Transition.To(
            facts.Origin switch
            {
                KeyOrigin.External => KeyState.PendingImport,
                null => KeyStateSet.Of(KeyState.Enabled, KeyState.PendingImport),
                _ => KeyState.Enabled,
            },
            facts),

        // UpdatePrimaryRegion needs an Enabled key, and both keys return to their earlier state.
        KeyState.Updating => Transition.To(KeyState.Enabled, facts),
        _ => Transition.To(state, facts),
    };

    private static bool HasNoImportedMaterial(KeyFacts facts) => facts.Origin is { } origin && origin != KeyOrigin.External;

    /// <summary>Cryptographic and replication calls: [1] and [2]-or-[3] name DisabledException.</summary>
    private static KmsError DisabledOrCommonError(KeyState state) => state switch
    {
        KeyState.Disabled => KmsErrors.KeyDisabled,
        KeyState.PendingDeletion or KeyState.PendingReplicaDeletion => KmsErrors.PendingDeletionDisabledOrInvalid,
        _ => CommonError(state),
    };

    /// <summary>The error of the states that refuse most calls alike.</summary>
    private static KmsError CommonError(KeyState state) => state switch
    {
        KeyState.PendingDeletion or KeyState.PendingReplicaDeletion => KmsErrors.PendingDeletion,
        KeyState.PendingImport => KmsErrors.PendingImport,
        KeyState.Creating => KmsErrors.Creating,
        KeyState.Updating => KmsErrors.Updating,
        KeyState.Unavailable => KmsErrors.Unavailable,
        KeyState.Disabled => KmsErrors.KeyDisabled,
        _ => KmsErrors.KeyDeleted,
    };
}
