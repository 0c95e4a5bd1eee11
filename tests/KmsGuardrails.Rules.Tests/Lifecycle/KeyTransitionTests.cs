using System.Linq;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.Rules.Tests.Lifecycle;

/// <summary>The transitions of the KMS key-state documentation (https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html): where each operation takes a key, and the errors in the wrong state.</summary>
public sealed class KeyTransitionTests
{
    [Theory]
    [InlineData(KeyOrigin.AwsKms, KeyState.Enabled)]
    [InlineData(KeyOrigin.AwsCloudHsm, KeyState.Enabled)]
    [InlineData(KeyOrigin.ExternalKeyStore, KeyState.Enabled)]
    [InlineData(KeyOrigin.External, KeyState.PendingImport)]
    public void CreateKey_starts_in_the_state_of_its_origin(KeyOrigin origin, KeyState expected)
    {
        var step = Keys.Created(Keys.Symmetric with { Origin = origin });

        Assert.Equal(expected, step.States.Single);
    }

    [Fact]
    public void CreateKey_in_a_disconnected_custom_key_store_fails()
    {
        var step = Keys.Created(Keys.Symmetric with { Origin = KeyOrigin.AwsCloudHsm, StoreConnection = KeyStoreConnection.Disconnected });

        Assert.Equal(new[] { "CustomKeyStoreInvalidStateException" }, step.Error!.Codes);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(30)]
    public void ScheduleKeyDeletion_with_a_valid_window_makes_the_key_pending_deletion(int days)
    {
        var step = Keys.NewSymmetric().Then(KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(days)));

        Assert.Equal(KeyState.PendingDeletion, step.States.Single);
        Assert.Equal(days, step.Facts.PendingWindowDays);
    }

    [Fact]
    public void ScheduleKeyDeletion_without_a_window_waits_thirty_days()
    {
        var step = Keys.NewSymmetric().Then(KeyOperation.ScheduleKeyDeletion(PendingWindow.Omitted));

        Assert.Equal(30, step.Facts.PendingWindowDays);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(31)]
    [InlineData(365)]
    public void ScheduleKeyDeletion_outside_7_to_30_days_fails_validation_and_changes_nothing(int days)
    {
        var created = Keys.NewSymmetric();

        var step = created.Then(KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(days)));

        Assert.Equal(new[] { "ValidationException" }, step.Error!.Codes);
        Assert.Equal(KeyState.Enabled, step.States.Single);
        Assert.Null(step.Facts.PendingWindowDays);
    }

    [Fact]
    public void ScheduleKeyDeletion_twice_fails_because_the_key_is_already_pending_deletion()
    {
        var step = Keys.NewSymmetric()
            .Then(KeyOperation.ScheduleKeyDeletion(PendingWindow.Omitted))
            .Then(KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(7)));

        Assert.Equal(new[] { "KMSInvalidStateException" }, step.Error!.Codes);
        Assert.Contains("pending deletion", step.Error.Message);
    }

    [Fact]
    public void CancelKeyDeletion_returns_the_key_to_Disabled_not_Enabled()
    {
        var step = Keys.NewSymmetric()
            .Then(KeyOperation.ScheduleKeyDeletion(PendingWindow.Omitted))
            .Then(KeyOperation.CancelKeyDeletion);

        Assert.Equal(KeyState.Disabled, step.States.Single);
        Assert.Null(step.Facts.PendingWindowDays);
    }

    [Fact]
    public void CancelKeyDeletion_on_an_enabled_key_fails_as_not_pending_deletion()
    {
        var step = Keys.NewSymmetric().Then(KeyOperation.CancelKeyDeletion);

        Assert.Equal(new[] { "KMSInvalidStateException" }, step.Error!.Codes);
        Assert.Contains("not pending deletion", step.Error.Message);
    }

    [Fact]
    public void EnableKey_on_a_key_pending_deletion_fails()
    {
        var step = Keys.NewSymmetric()
            .Then(KeyOperation.ScheduleKeyDeletion(PendingWindow.Omitted))
            .Then(KeyOperation.EnableKey);

        Assert.Equal(new[] { "KMSInvalidStateException" }, step.Error!.Codes);
        Assert.Equal(KeyState.PendingDeletion, step.States.Single);
    }

    [Fact]
    public void The_key_is_deleted_when_its_waiting_period_ends_and_not_a_day_earlier()
    {
        var pending = Keys.NewSymmetric().Then(KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(7)));

        var sixDays = pending.Then(KeyOperation.TimePasses(6));
        var sevenDays = sixDays.Then(KeyOperation.TimePasses(1));

        Assert.Equal(KeyState.PendingDeletion, sixDays.States.Single);
        Assert.Equal(KeyState.Deleted, sevenDays.States.Single);
        Assert.Equal(new[] { "NotFoundException" }, sevenDays.Then(KeyOperation.Cryptographic(CryptographicApi.Decrypt)).Error!.Codes);
    }

    [Fact]
    public void With_an_unknown_window_the_key_may_or_may_not_be_deleted_between_7_and_30_days()
    {
        var pending = Keys.NewSymmetric().Then(KeyOperation.ScheduleKeyDeletion(PendingWindow.Unknown));

        Assert.Equal(KeyState.PendingDeletion, pending.Then(KeyOperation.TimePasses(6)).States.Single);
        Assert.Equal(KeyStateSet.Of(KeyState.PendingDeletion, KeyState.Deleted), pending.Then(KeyOperation.TimePasses(10)).States);
        Assert.Equal(KeyState.Deleted, pending.Then(KeyOperation.TimePasses(30)).States.Single);
    }

    [Fact]
    public void A_multi_Region_primary_with_replicas_waits_for_them_in_PendingReplicaDeletion()
    {
        var primary = Keys.Created(Keys.Symmetric with { Role = MultiRegionRole.Primary })
            .Then(KeyOperation.ReplicateKey)
            .Then(KeyOperation.ReplicateKey);

        var scheduled = primary.Then(KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(7)));
        var waiting = scheduled.Then(KeyOperation.TimePasses(60));
        var oneLeft = waiting.Then(KeyOperation.ReplicaDeleted);
        var noneLeft = oneLeft.Then(KeyOperation.ReplicaDeleted);

        Assert.Equal(2, primary.Facts.ReplicaCount);
        Assert.Equal(KeyState.PendingReplicaDeletion, scheduled.States.Single);
        Assert.Equal(KeyState.PendingReplicaDeletion, waiting.States.Single);
        Assert.Equal(KeyState.PendingReplicaDeletion, oneLeft.States.Single);
        Assert.Equal(KeyState.PendingDeletion, noneLeft.States.Single);
        Assert.Equal(KeyState.Deleted, noneLeft.Then(KeyOperation.TimePasses(7)).States.Single);
    }

    [Fact]
    public void A_key_of_unknown_kind_may_still_wait_for_replicas_when_its_window_has_passed()
    {
        var step = Keys.Unknown()
            .Then(KeyOperation.ScheduleKeyDeletion(PendingWindow.Omitted))
            .Then(KeyOperation.TimePasses(30));

        Assert.Equal(KeyStateSet.Of(KeyState.PendingReplicaDeletion, KeyState.Deleted), step.States);
    }

    [Fact]
    public void Metadata_showing_replicas_is_enough_to_know_the_primary_waits_for_them()
    {
        var facts = new KeyFacts { Role = MultiRegionRole.Primary, MinimumReplicaCount = 1 };

        var step = KeyLifecycle.Apply(KeyState.Disabled, facts, KeyOperation.ScheduleKeyDeletion(PendingWindow.Omitted));

        Assert.Equal(KeyState.PendingReplicaDeletion, step.States.Single);
        Assert.Equal(new[] { "KMS004" }, step.Hazards.Select(h => h.Rule.Id));
    }

    [Fact]
    public void ReplicateKey_on_a_single_Region_key_is_unsupported()
    {
        var step = Keys.NewSymmetric().Then(KeyOperation.ReplicateKey);

        Assert.Equal(new[] { "UnsupportedOperationException" }, step.Error!.Codes);
    }

    [Fact]
    public void UpdatePrimaryRegion_makes_the_primary_a_replica_after_Updating()
    {
        var updating = Keys.Created(Keys.Symmetric with { Role = MultiRegionRole.Primary })
            .Then(KeyOperation.ReplicateKey)
            .Then(KeyOperation.UpdatePrimaryRegion);
        var settled = updating.Then(KeyOperation.TransientStateEnds);

        Assert.Equal(KeyState.Updating, updating.States.Single);
        Assert.Equal(KeyState.Enabled, settled.States.Single);
        Assert.Equal(MultiRegionRole.Replica, settled.Facts.Role);
    }

    [Fact]
    public void DeleteImportedKeyMaterial_makes_the_key_PendingImport_at_once_and_reimport_restores_it()
    {
        var imported = Keys.Created(Keys.Symmetric with { Origin = KeyOrigin.External })
            .Then(KeyOperation.ImportKeyMaterial(TriState.False));

        var deleted = imported.Then(KeyOperation.DeleteImportedKeyMaterial);
        var reimported = deleted.Then(KeyOperation.ImportKeyMaterial(TriState.False));

        Assert.Equal(KeyState.Enabled, imported.States.Single);
        Assert.Equal(KeyState.PendingImport, deleted.States.Single);
        Assert.Equal(KeyState.Enabled, reimported.States.Single);
    }

    [Fact]
    public void DeleteImportedKeyMaterial_on_a_key_without_imported_material_is_unsupported()
    {
        var step = Keys.NewSymmetric().Then(KeyOperation.DeleteImportedKeyMaterial);

        Assert.Equal(new[] { "UnsupportedOperationException" }, step.Error!.Codes);
    }

    [Fact]
    public void Expiring_imported_material_makes_the_key_PendingImport_when_it_expires()
    {
        var expiring = Keys.Created(Keys.Symmetric with { Origin = KeyOrigin.External }).Then(KeyOperation.ImportKeyMaterial(TriState.True));
        var lasting = Keys.Created(Keys.Symmetric with { Origin = KeyOrigin.External }).Then(KeyOperation.ImportKeyMaterial(TriState.False));

        Assert.Equal(KeyState.PendingImport, expiring.Then(KeyOperation.KeyMaterialExpires).States.Single);
        Assert.Equal(KeyState.Enabled, lasting.Then(KeyOperation.KeyMaterialExpires).States.Single);
    }

    [Fact]
    public void Disconnecting_a_key_store_makes_its_keys_Unavailable_and_connecting_restores_them()
    {
        var key = Keys.Created(Keys.Symmetric with { Origin = KeyOrigin.AwsCloudHsm, CustomKeyStoreId = "cks-1", StoreConnection = KeyStoreConnection.Connected })
            .Then(KeyOperation.DisableKey);

        var disconnected = key.Then(KeyOperation.DisconnectCustomKeyStore);
        var reconnected = disconnected.Then(KeyOperation.ConnectCustomKeyStore);

        Assert.Equal(KeyState.Unavailable, disconnected.States.Single);
        Assert.Equal(new[] { "KMSInvalidStateException" }, disconnected.Then(KeyOperation.Cryptographic(CryptographicApi.Encrypt)).Error!.Codes);
        Assert.Equal(KeyState.Disabled, reconnected.States.Single);
    }

    [Fact]
    public void A_key_pending_deletion_stays_pending_deletion_when_its_store_is_disconnected()
    {
        var step = Keys.Created(Keys.Symmetric with { Origin = KeyOrigin.AwsCloudHsm, StoreConnection = KeyStoreConnection.Connected })
            .Then(KeyOperation.ScheduleKeyDeletion(PendingWindow.Omitted))
            .Then(KeyOperation.DisconnectCustomKeyStore);

        Assert.Equal(KeyState.PendingDeletion, step.States.Single);
        Assert.True(step.Then(KeyOperation.CancelKeyDeletion).Succeeds);
    }

    [Fact]
    public void DeleteCustomKeyStore_on_a_connected_store_fails()
    {
        var step = Keys.Created(Keys.Symmetric with { Origin = KeyOrigin.AwsCloudHsm, StoreConnection = KeyStoreConnection.Connected })
            .Then(KeyOperation.DeleteCustomKeyStore);

        Assert.Equal(new[] { "CustomKeyStoreInvalidStateException" }, step.Error!.Codes);
    }

    [Fact]
    public void DeleteCustomKeyStore_on_a_disconnected_store_that_still_has_keys_fails()
    {
        var step = Keys.Created(Keys.Symmetric with { Origin = KeyOrigin.AwsCloudHsm, StoreConnection = KeyStoreConnection.Connected })
            .Then(KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(7)))
            .Then(KeyOperation.DisconnectCustomKeyStore)
            .Then(KeyOperation.DeleteCustomKeyStore);

        Assert.Equal(new[] { "CustomKeyStoreHasCMKsException" }, step.Error!.Codes);
    }

    [Fact]
    public void DeleteCustomKeyStore_succeeds_once_the_store_is_disconnected_and_its_keys_are_deleted()
    {
        var step = Keys.Created(Keys.Symmetric with { Origin = KeyOrigin.AwsCloudHsm, StoreConnection = KeyStoreConnection.Connected })
            .Then(KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(7)))
            .Then(KeyOperation.TimePasses(7))
            .Then(KeyOperation.DisconnectCustomKeyStore)
            .Then(KeyOperation.DeleteCustomKeyStore);

        Assert.True(step.Succeeds);
        Assert.Equal(KeyStoreConnection.Deleted, step.Facts.StoreConnection);
        Assert.Equal(new[] { "CustomKeyStoreNotFoundException" }, step.Then(KeyOperation.ConnectCustomKeyStore).Error!.Codes);
    }

    [Fact]
    public void Store_operations_do_not_concern_a_key_outside_custom_key_stores()
    {
        var step = Keys.NewSymmetric().Then(KeyOperation.DisconnectCustomKeyStore);

        Assert.True(step.Succeeds);
        Assert.Equal(KeyState.Enabled, step.States.Single);
    }

    [Fact]
    public void A_key_of_unknown_state_is_pending_deletion_after_a_successful_schedule()
    {
        var step = Keys.Unknown().Then(KeyOperation.ScheduleKeyDeletion(PendingWindow.Unknown));

        Assert.True(step.States.IsWithin(KeyStateSet.PendingAnyDeletion));
        Assert.True(step.Succeeds);
    }

    [Fact]
    public void An_error_is_only_reported_when_the_call_fails_in_every_possible_state()
    {
        var mayBePending = KeyLifecycle.Apply(KeyStateSet.Of(KeyState.Enabled, KeyState.PendingDeletion), Keys.Symmetric, KeyOperation.EnableKey);
        var pending = KeyLifecycle.Apply(KeyStateSet.PendingAnyDeletion, Keys.Symmetric, KeyOperation.EnableKey);

        Assert.True(mayBePending.Succeeds);
        Assert.Equal(KeyState.Enabled, mayBePending.States.Single);
        Assert.False(pending.Succeeds);
    }

    [Fact]
    public void Api_names_parse_into_the_model_enums()
    {
        Assert.Equal(KeySpec.Rsa2048, KmsNames.Parse<KeySpec>("RSA_2048"));
        Assert.Equal(KeySpec.EccSecgP256K1, KmsNames.Parse<KeySpec>("ECC_SECG_P256K1"));
        Assert.Equal(KeySpec.MlDsa44, KmsNames.Parse<KeySpec>("ML_DSA_44"));
        Assert.Equal(KeyUsage.EncryptDecrypt, KmsNames.Parse<KeyUsage>("ENCRYPT_DECRYPT"));
        Assert.Equal(KeyOrigin.ExternalKeyStore, KmsNames.Parse<KeyOrigin>("EXTERNAL_KEY_STORE"));
        Assert.Equal(KeyState.PendingReplicaDeletion, KmsNames.Parse<KeyState>("PendingReplicaDeletion"));
        Assert.Null(KmsNames.Parse<KeySpec>("RSA_1024"));
        Assert.Null(KmsNames.Parse<KeySpec>("1"));
        Assert.Null(KmsNames.Parse<KeySpec>(null));
        Assert.Equal(Enumerable.Empty<KeyState>(), KeyStateSet.Empty.States);
    }
}
