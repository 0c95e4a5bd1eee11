using System.Linq;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.Rules.Tests.Lifecycle;

/// <summary>
/// KMS014 and KMS015 as operations of the lifecycle model: deleting the stack or module that
/// declares a key, and a change that removes or replaces its resource.
/// </summary>
public sealed class DeploymentRemovalTests
{
    private static readonly KeyFacts RsaEncryption = new KeyCreationRequest { KeySpec = RequestValue.Of("RSA_2048") }.ToFacts();

    private static string[] Ids(LifecycleStep step) => step.Hazards.Select(h => h.Rule.Id).ToArray();

    [Fact]
    public void Deleting_the_stack_of_a_key_that_is_not_retained_schedules_its_deletion_with_the_declared_window()
    {
        var step = KeyLifecycle.Apply(KeyStateSet.Unknown, RsaEncryption, KeyOperation.StackDeleted(PendingWindow.OfDays(10), TriState.False, "it has no DeletionPolicy"));

        Assert.Equal(new[] { "KMS003", "KMS014" }, Ids(step));
        Assert.Equal("Key 'k' is not retained: it has no DeletionPolicy", step.Hazards[1].FormatMessage("k"));
        Assert.Equal(HazardCause.Retention, step.Hazards[1].Cause);
        Assert.Equal(HazardCause.KeyKind, step.Hazards[0].Cause);
        Assert.True(step.States.IsWithin(KeyStateSet.PendingAnyDeletion));
        Assert.Equal(10, step.Facts.PendingWindowDays);
    }

    [Fact]
    public void A_retained_key_stays_and_only_its_declared_window_is_checked()
    {
        var step = KeyLifecycle.Apply(KeyState.Enabled, RsaEncryption, KeyOperation.StackDeleted(PendingWindow.OfDays(3), TriState.True, "retained"));

        Assert.Equal(new[] { "KMS001" }, Ids(step));
        Assert.Equal(HazardCause.PendingWindow, step.Hazards[0].Cause);
        Assert.Equal(KeyState.Enabled, step.States.Single);
    }

    [Fact]
    public void Unknown_retention_raises_the_deletion_hazards_but_not_KMS014_and_may_leave_the_key()
    {
        var step = KeyLifecycle.Apply(KeyState.Enabled, RsaEncryption, KeyOperation.StackDeleted(PendingWindow.Omitted, TriState.Unknown, "DeletionPolicy is not known"));

        Assert.Equal(new[] { "KMS003" }, Ids(step));
        Assert.True(step.States.Contains(KeyState.Enabled));
        Assert.True(step.States.Contains(KeyState.PendingDeletion));
    }

    [Fact]
    public void Deleting_a_stack_is_a_possibility_not_a_deletion_under_review_so_an_enabled_key_is_not_KMS008()
    {
        var step = KeyLifecycle.Apply(KeyState.Enabled, Keys.Symmetric, KeyOperation.StackDeleted(PendingWindow.Omitted, TriState.False, "no DeletionPolicy"));

        Assert.Equal(new[] { "KMS014" }, Ids(step));
    }

    [Theory]
    [InlineData(false, "Key 'k': its resource is removed in this change, which schedules its deletion after 7 days")]
    [InlineData(true, "Key 'k': its resource is removed in this change; the old key is scheduled for deletion and destroyed after 7 days")]
    public void A_change_that_removes_or_replaces_a_key_is_KMS015(bool replaced, string message)
    {
        var operation = replaced
            ? KeyOperation.ResourceReplaced(PendingWindow.OfDays(7), TriState.False, "its resource is removed in this change")
            : KeyOperation.ResourceRemoved(PendingWindow.OfDays(7), TriState.False, "its resource is removed in this change");

        var step = KeyLifecycle.Apply(KeyStateSet.Unknown, KeyFacts.Unknown, operation);

        Assert.Equal(message, Assert.Single(step.Hazards).FormatMessage("k"));
        Assert.Equal("KMS015", step.Hazards[0].Rule.Id);
    }

    [Fact]
    public void A_change_the_deployment_tool_survives_with_the_key_is_silent_and_an_unknown_window_is_said_so()
    {
        Assert.Empty(KeyLifecycle.Apply(KeyStateSet.Unknown, KeyFacts.Unknown, KeyOperation.ResourceRemoved(PendingWindow.Unknown, TriState.True, "removed")).Hazards);
        Assert.Equal(
            "Key 'k': this plan destroys it, which schedules its deletion after its waiting period",
            Assert.Single(KeyLifecycle.Apply(KeyStateSet.Unknown, KeyFacts.Unknown, KeyOperation.ResourceRemoved(PendingWindow.Unknown, TriState.Unknown, "this plan destroys it")).Hazards).FormatMessage("k"));
    }

    [Fact]
    public void A_change_that_deletes_a_key_enabled_before_it_skips_the_procedures_first_step()
    {
        var step = KeyLifecycle.Apply(KeyState.Enabled, KeyFacts.Unknown, KeyOperation.ResourceRemoved(PendingWindow.OfDays(30), TriState.False, "its resource is removed in this change"));

        Assert.Equal(new[] { "KMS008", "KMS015" }, Ids(step));
        Assert.Equal("Key 'k' is deleted by this change while it is enabled; disable it in an earlier change, watch for failed calls, then remove it", step.Hazards[0].FormatMessage("k"));
    }

    [Fact]
    public void A_key_disabled_before_the_change_or_of_unknown_state_or_retained_is_not_KMS008()
    {
        var removal = KeyOperation.ResourceReplaced(PendingWindow.OfDays(30), TriState.False, "it is replaced");

        Assert.Equal(new[] { "KMS015" }, Ids(KeyLifecycle.Apply(KeyState.Disabled, KeyFacts.Unknown, removal)));
        Assert.Equal(new[] { "KMS015" }, Ids(KeyLifecycle.Apply(KeyStateSet.Unknown, KeyFacts.Unknown, removal)));
        Assert.Empty(KeyLifecycle.Apply(KeyState.Enabled, KeyFacts.Unknown, KeyOperation.ResourceRemoved(PendingWindow.OfDays(30), TriState.True, "retained")).Hazards);
    }
}
