using System.Linq;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.Rules.Tests.Lifecycle;

/// <summary>The hazards KMS001–KMS010 the simulator raises, each with a case that must stay silent.</summary>
public sealed class LifecycleHazardTests
{
    private static readonly KeyOperation ScheduleDefault = KeyOperation.ScheduleKeyDeletion(PendingWindow.Omitted);

    private static string[] Ids(LifecycleStep step) => step.Hazards.Select(h => h.Rule.Id).ToArray();

    private static LifecycleStep Disabled(KeyFacts facts) => Keys.Created(facts).Then(KeyOperation.DisableKey);

    [Theory]
    [InlineData(6)]
    [InlineData(31)]
    public void KMS001_window_outside_7_to_30(int days)
    {
        var step = Disabled(Keys.Symmetric).Then(KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(days)));

        Assert.Equal(new[] { "KMS001" }, Ids(step));
        Assert.Equal($"Key 'k': a deletion waiting period of {days} days is outside 7 to 30 days, so KMS rejects the request", step.Hazards[0].FormatMessage("k"));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(30)]
    public void KMS001_silent_inside_7_to_30_and_for_unknown_windows(int days)
    {
        Assert.Empty(Disabled(Keys.Symmetric).Then(KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(days))).Hazards);
        Assert.Empty(Disabled(Keys.Symmetric).Then(KeyOperation.ScheduleKeyDeletion(PendingWindow.Unknown)).Hazards);
    }

    [Fact]
    public void KMS002_window_below_the_configured_minimum()
    {
        var options = new LifecycleOptions { MinimumPendingWindowDays = 14 };

        var step = KeyLifecycle.Apply(KeyState.Disabled, Keys.Symmetric, KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(10)), options);

        Assert.Equal(new[] { "KMS002" }, Ids(step));
        Assert.Equal(new[] { "10", "14" }, step.Hazards[0].Arguments);
    }

    [Fact]
    public void KMS002_silent_by_default_at_the_minimum_and_when_the_window_is_omitted()
    {
        var options = new LifecycleOptions { MinimumPendingWindowDays = 14 };

        Assert.Empty(KeyLifecycle.Apply(KeyState.Disabled, Keys.Symmetric, KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(7))).Hazards);
        Assert.Empty(KeyLifecycle.Apply(KeyState.Disabled, Keys.Symmetric, KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(14)), options).Hazards);
        Assert.Empty(KeyLifecycle.Apply(KeyState.Disabled, Keys.Symmetric, ScheduleDefault, options).Hazards);
    }

    [Theory]
    [InlineData(KeySpec.Rsa2048)]
    [InlineData(KeySpec.Sm2)]
    public void KMS003_asymmetric_encryption_key(KeySpec spec)
    {
        var step = Disabled(Keys.Symmetric with { Spec = spec }).Then(ScheduleDefault);

        Assert.Equal(new[] { "KMS003" }, Ids(step));
    }

    [Theory]
    [InlineData(KeySpec.Rsa2048, KeyUsage.SignVerify)]
    [InlineData(KeySpec.SymmetricDefault, KeyUsage.EncryptDecrypt)]
    [InlineData(KeySpec.Hmac256, KeyUsage.GenerateVerifyMac)]
    public void KMS003_silent_for_signing_symmetric_and_HMAC_keys(KeySpec spec, KeyUsage usage)
    {
        Assert.Empty(Disabled(Keys.Symmetric with { Spec = spec, Usage = usage }).Then(ScheduleDefault).Hazards);
    }

    [Fact]
    public void KMS003_silent_when_the_key_spec_is_unknown()
    {
        Assert.Empty(KeyLifecycle.Apply(KeyState.Disabled, new KeyFacts { Usage = KeyUsage.EncryptDecrypt }, ScheduleDefault).Hazards);
    }

    [Fact]
    public void KMS004_multi_Region_primary_with_a_replica()
    {
        var step = Keys.Created(Keys.Symmetric with { Role = MultiRegionRole.Primary })
            .Then(KeyOperation.ReplicateKey)
            .Then(KeyOperation.DisableKey)
            .Then(ScheduleDefault);

        Assert.Equal(new[] { "KMS004" }, Ids(step));
    }

    [Fact]
    public void KMS004_silent_for_a_primary_without_replicas_a_replica_and_an_unknown_role()
    {
        Assert.Empty(Disabled(Keys.Symmetric with { Role = MultiRegionRole.Primary }).Then(ScheduleDefault).Hazards);
        Assert.Empty(KeyLifecycle.Apply(KeyState.Disabled, Keys.Symmetric with { Role = MultiRegionRole.Replica }, ScheduleDefault).Hazards);
        Assert.Empty(KeyLifecycle.Apply(KeyState.Disabled, KeyFacts.Unknown, ScheduleDefault).Hazards);
    }

    [Fact]
    public void KMS005_DeleteImportedKeyMaterial_and_expiring_material()
    {
        var external = Keys.Symmetric with { Origin = KeyOrigin.External };

        Assert.Equal(new[] { "KMS005" }, Ids(KeyLifecycle.Apply(KeyState.Enabled, external, KeyOperation.DeleteImportedKeyMaterial)));
        Assert.Equal(new[] { "KMS005" }, Ids(KeyLifecycle.Apply(KeyState.PendingImport, external, KeyOperation.ImportKeyMaterial(TriState.True))));
    }

    [Fact]
    public void KMS005_silent_for_material_that_does_not_expire_or_whose_expiry_is_unknown()
    {
        var external = Keys.Symmetric with { Origin = KeyOrigin.External };

        Assert.Empty(KeyLifecycle.Apply(KeyState.PendingImport, external, KeyOperation.ImportKeyMaterial(TriState.False)).Hazards);
        Assert.Empty(KeyLifecycle.Apply(KeyState.PendingImport, external, KeyOperation.ImportKeyMaterial(TriState.Unknown)).Hazards);
    }

    [Fact]
    public void KMS006_deleting_a_custom_key_store_names_the_store()
    {
        var step = KeyLifecycle.Apply(KeyStateSet.Unknown, new KeyFacts { CustomKeyStoreId = "cks-1234" }, KeyOperation.DeleteCustomKeyStore);

        Assert.Equal(new[] { "KMS006" }, Ids(step));
        Assert.Equal("Deleting custom key store 'cks-1234' is irreversible; disconnect it instead", step.Hazards[0].FormatMessage("ignored"));
    }

    [Fact]
    public void KMS006_silent_for_disconnecting_a_store()
    {
        Assert.Empty(KeyLifecycle.Apply(KeyStateSet.Unknown, new KeyFacts { CustomKeyStoreId = "cks-1234" }, KeyOperation.DisconnectCustomKeyStore).Hazards);
    }

    [Fact]
    public void KMS007_disconnecting_the_store_of_a_key_pending_deletion()
    {
        var step = Keys.Created(Keys.Symmetric with { Origin = KeyOrigin.AwsCloudHsm, CustomKeyStoreId = "cks-1", StoreConnection = KeyStoreConnection.Connected })
            .Then(KeyOperation.DisableKey)
            .Then(ScheduleDefault)
            .Then(KeyOperation.DisconnectCustomKeyStore);

        Assert.Equal(new[] { "KMS007" }, Ids(step));
        Assert.StartsWith("Key 'k' is pending deletion while its key store 'cks-1' is disconnected", step.Hazards[0].FormatMessage("k"));
    }

    [Fact]
    public void KMS007_scheduling_deletion_while_the_store_is_disconnected()
    {
        var facts = Keys.Symmetric with { Origin = KeyOrigin.AwsCloudHsm, StoreConnection = KeyStoreConnection.Disconnected };

        Assert.Equal(new[] { "KMS007" }, Ids(KeyLifecycle.Apply(KeyState.Unavailable, facts, ScheduleDefault)));
    }

    [Fact]
    public void KMS007_silent_when_the_keys_state_is_not_known_to_be_pending_deletion()
    {
        var facts = Keys.Symmetric with { Origin = KeyOrigin.AwsCloudHsm, StoreConnection = KeyStoreConnection.Connected };

        Assert.Empty(KeyLifecycle.Apply(KeyStateSet.Unknown, facts, KeyOperation.DisconnectCustomKeyStore).Hazards);
        Assert.Empty(KeyLifecycle.Apply(KeyState.Disabled, facts, KeyOperation.DisconnectCustomKeyStore).Hazards);
    }

    [Fact]
    public void KMS008_scheduling_an_enabled_key()
    {
        Assert.Equal(new[] { "KMS008" }, Ids(Keys.NewSymmetric().Then(ScheduleDefault)));
    }

    [Fact]
    public void KMS008_silent_for_a_disabled_key_and_a_key_of_unknown_state()
    {
        Assert.Empty(Disabled(Keys.Symmetric).Then(ScheduleDefault).Hazards);
        Assert.Empty(Keys.Unknown().Then(ScheduleDefault).Hazards);
    }

    [Fact]
    public void KMS009_using_a_key_after_cancel_without_enable()
    {
        var step = Keys.Unknown()
            .Then(ScheduleDefault)
            .Then(KeyOperation.CancelKeyDeletion)
            .Then(KeyOperation.Cryptographic(CryptographicApi.Decrypt));

        Assert.Equal(new[] { "KMS009" }, Ids(step));
        Assert.Equal(new[] { "Decrypt" }, step.Hazards[0].Arguments);
    }

    [Fact]
    public void KMS009_silent_after_EnableKey_and_for_keys_disabled_by_DisableKey()
    {
        var cancelled = Keys.Unknown().Then(ScheduleDefault).Then(KeyOperation.CancelKeyDeletion);

        Assert.Empty(cancelled.Then(KeyOperation.EnableKey).Then(KeyOperation.Cryptographic(CryptographicApi.Decrypt)).Hazards);
        Assert.Empty(Disabled(Keys.Symmetric).Then(KeyOperation.Cryptographic(CryptographicApi.Decrypt)).Hazards);
    }

    [Fact]
    public void KMS010_using_a_key_pending_deletion()
    {
        var step = Keys.Unknown().Then(ScheduleDefault).Then(KeyOperation.Cryptographic(CryptographicApi.GenerateDataKey));

        Assert.Equal(new[] { "KMS010" }, Ids(step));
        Assert.Equal("Key 'k' is used for GenerateDataKey while it is pending deletion, so the call fails", step.Hazards[0].FormatMessage("k"));
    }

    [Fact]
    public void KMS010_silent_for_keys_not_known_to_be_pending_deletion()
    {
        Assert.Empty(Keys.Unknown().Then(KeyOperation.Cryptographic(CryptographicApi.Encrypt)).Hazards);
        Assert.Empty(Keys.Unknown().Then(ScheduleDefault).Then(KeyOperation.CancelKeyDeletion).Then(KeyOperation.EnableKey)
            .Then(KeyOperation.Cryptographic(CryptographicApi.Encrypt)).Hazards);
    }

    [Fact]
    public void Hazards_describe_the_request_so_a_rejected_window_still_reports_the_enabled_key()
    {
        var step = Keys.NewSymmetric().Then(KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(3)));

        Assert.Equal(new[] { "KMS001", "KMS008" }, Ids(step));
        Assert.False(step.Succeeds);
    }
}
