using System.Collections.Generic;
using System.Globalization;
using KmsGuardrails.Rules.Catalog;

namespace KmsGuardrails.Rules.Lifecycle;

/// <summary>
/// Maps an operation on a key to the hazards of the rule catalog (KMS001–KMS010, KMS014, KMS015). A hazard that
/// depends on the key's state is raised only when it holds in every state the key may be in.
/// </summary>
internal static class LifecycleHazards
{
    public static IReadOnlyList<Hazard> Of(KeyStateSet states, KeyFacts facts, KeyOperation operation, LifecycleOptions options)
    {
        var hazards = new List<Hazard>();
        switch (operation.Kind)
        {
            case KeyOperationKind.ScheduleKeyDeletion:
                AddScheduleHazards(hazards, states, facts, operation.Window, options);
                break;
            case KeyOperationKind.DeleteImportedKeyMaterial:
                hazards.Add(new Hazard(
                    RuleCatalog.ImmediateKeyMaterialLoss,
                    new[] { "DeleteImportedKeyMaterial" },
                    "DeleteImportedKeyMaterial puts the key in PendingImport immediately; only reimporting the same material restores it"));
                break;
            case KeyOperationKind.ImportKeyMaterial when operation.MaterialExpires == TriState.True:
                hazards.Add(new Hazard(
                    RuleCatalog.ImmediateKeyMaterialLoss,
                    new[] { "the expiry of its imported key material" },
                    "ExpirationModel KEY_MATERIAL_EXPIRES (the API default): when ValidTo is reached KMS deletes the key material and the key becomes PendingImport",
                    cause: HazardCause.MaterialExpiry));
                break;
            case KeyOperationKind.DeleteCustomKeyStore:
                hazards.Add(new Hazard(
                    RuleCatalog.CustomKeyStoreDeletion,
                    new string[0],
                    "DeleteCustomKeyStore is irreversible; DisconnectCustomKeyStore is the reversible alternative",
                    subject: facts.CustomKeyStoreId ?? "(unknown id)"));
                break;
            case KeyOperationKind.DisconnectCustomKeyStore when states.IsWithin(KeyStateSet.PendingAnyDeletion) && facts.InCustomKeyStore != TriState.False:
                hazards.Add(OrphanedMaterial(facts, "the key store is disconnected while the key is " + states));
                break;
            case KeyOperationKind.Cryptographic:
                AddUseHazards(hazards, states, facts, operation.Api);
                break;
            case KeyOperationKind.StackDeleted:
                AddStackDeletionHazards(hazards, facts, operation, options);
                break;
            case KeyOperationKind.ResourceRemoved or KeyOperationKind.ResourceReplaced:
                AddRemovalHazards(hazards, states, operation);
                break;
        }

        return hazards;
    }

    private static void AddScheduleHazards(List<Hazard> hazards, KeyStateSet states, KeyFacts facts, PendingWindow window, LifecycleOptions options)
    {
        AddWindowHazards(hazards, window, options);
        AddDeletionHazards(hazards, facts);
        if (states.Single == KeyState.Enabled)
        {
            hazards.Add(new Hazard(
                RuleCatalog.ScheduledWhileEnabled,
                new[] { "is scheduled for deletion", "disable it and watch for failed calls first" },
                "the key is Enabled when ScheduleKeyDeletion is called"));
        }

        if (facts.InCustomKeyStore == TriState.True && facts.StoreConnection is KeyStoreConnection.Disconnected or KeyStoreConnection.Disconnecting)
        {
            hazards.Add(OrphanedMaterial(facts, "deletion is scheduled while the key store is " + facts.StoreConnection));
        }
    }

    /// <summary>
    /// What deleting the stack or module would do to a declared key. The declared window is
    /// checked whether or not the key is retained: the deployment tool rejects it at deploy time.
    /// </summary>
    private static void AddStackDeletionHazards(List<Hazard> hazards, KeyFacts facts, KeyOperation operation, LifecycleOptions options)
    {
        AddWindowHazards(hazards, operation.Window, options);
        if (operation.Retained != TriState.True)
        {
            AddDeletionHazards(hazards, facts);
        }

        if (operation.Retained == TriState.False)
        {
            hazards.Add(new Hazard(
                RuleCatalog.KeyNotRetained,
                new[] { operation.Reason },
                "deleting the stack or module schedules deletion of the key",
                cause: HazardCause.Retention));
        }
    }

    /// <summary>
    /// A change that removes or replaces the key's resource schedules its deletion, unless the
    /// deployment tool keeps it; a key that is still enabled skips the procedure's first step.
    /// </summary>
    private static void AddRemovalHazards(List<Hazard> hazards, KeyStateSet states, KeyOperation operation)
    {
        if (operation.Retained == TriState.True)
        {
            return;
        }

        if (states.Single == KeyState.Enabled)
        {
            hazards.Add(new Hazard(
                RuleCatalog.ScheduledWhileEnabled,
                new[] { "is deleted by this change", "disable it in an earlier change, watch for failed calls, then remove it" },
                "the key is enabled in the revision the change replaces, and the change schedules its deletion"));
        }

        var window = operation.Window.EffectiveDays is { } days ? Days(days) + " days" : "its waiting period";
        var consequence = operation.Kind == KeyOperationKind.ResourceReplaced
            ? "; the old key is scheduled for deletion and destroyed after " + window
            : ", which schedules its deletion after " + window;
        hazards.Add(new Hazard(
            RuleCatalog.KeyDestroyedOrReplaced,
            new[] { operation.Reason + consequence },
            operation.Reason));
    }

    private static void AddWindowHazards(List<Hazard> hazards, PendingWindow window, LifecycleOptions options)
    {
        if (window.IsKnownOutOfRange)
        {
            hazards.Add(new Hazard(
                RuleCatalog.PendingWindowOutOfRange,
                new[] { Days(window.Days!.Value) },
                "PendingWindowInDays " + window + " is outside 7 to 30 (ValidationException)",
                cause: HazardCause.PendingWindow));
        }
        else if (window.EffectiveDays is { } days && days < options.MinimumPendingWindowDays)
        {
            hazards.Add(new Hazard(
                RuleCatalog.PendingWindowBelowMinimum,
                new[] { Days(days), Days(options.MinimumPendingWindowDays) },
                "PendingWindowInDays " + window + " is below the configured minimum " + options.MinimumPendingWindowDays,
                cause: HazardCause.PendingWindow));
        }
    }

    /// <summary>What deleting a key of this kind destroys beyond the key itself.</summary>
    private static void AddDeletionHazards(List<Hazard> hazards, KeyFacts facts)
    {
        if (facts.IsAsymmetric == TriState.True && facts.Usage == KeyUsage.EncryptDecrypt)
        {
            hazards.Add(new Hazard(
                RuleCatalog.AsymmetricEncryptionKeyDeletion,
                new string[0],
                "key spec " + facts.Spec + " with key usage ENCRYPT_DECRYPT",
                cause: HazardCause.KeyKind));
        }

        if (facts.IsPrimaryWithReplicas == TriState.True)
        {
            hazards.Add(new Hazard(
                RuleCatalog.MultiRegionPrimaryWithReplicas,
                new string[0],
                "multi-Region primary key with " + (facts.ReplicaCount is { } count ? count.ToString(CultureInfo.InvariantCulture) : "at least " + facts.MinimumReplicaCount) + " replica(s)",
                cause: HazardCause.MultiRegion));
        }
    }

    private static void AddUseHazards(List<Hazard> hazards, KeyStateSet states, KeyFacts facts, CryptographicApi api)
    {
        if (states.IsWithin(KeyStateSet.PendingAnyDeletion))
        {
            hazards.Add(new Hazard(
                RuleCatalog.UseWhilePendingDeletion,
                new[] { api.ToString() },
                api + " on a key that is " + states));
        }
        else if (states.Single == KeyState.Disabled && facts.DisabledByCancel == TriState.True)
        {
            hazards.Add(new Hazard(
                RuleCatalog.UseAfterCancelWithoutEnable,
                new[] { api.ToString() },
                "CancelKeyDeletion left the key Disabled and no EnableKey followed before " + api));
        }
    }

    private static Hazard OrphanedMaterial(KeyFacts facts, string evidence) => new(
        RuleCatalog.DisconnectedStoreWithPendingDeletion,
        new[] { facts.CustomKeyStoreId is { } id ? " '" + id + "'" : string.Empty },
        evidence);

    private static string Days(int days) => days.ToString(CultureInfo.InvariantCulture);
}
