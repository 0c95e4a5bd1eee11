using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.Rules.Tests.Lifecycle;

/// <summary>Invariants of the KMS lifecycle that must hold after any sequence of operations.</summary>
public sealed class LifecyclePropertyTests
{
    [Property(MaxTest = 500)]
    public bool A_key_is_deleted_only_when_a_waiting_period_of_at_least_7_days_has_passed(int start, int[] codes) =>
        OperationCodes.Run(start, codes).All(step =>
            step.Before.States.Contains(KeyState.Deleted) || !step.After.States.Contains(KeyState.Deleted) ||
            (step.Operation.Kind == KeyOperationKind.TimePasses
             && step.Before.States.Contains(KeyState.PendingDeletion)
             && step.Before.Facts.DaysPending + step.Operation.Days >= PendingWindow.MinimumDays
             && step.Before.Facts.PendingWindowDays is null or (>= PendingWindow.MinimumDays and <= PendingWindow.MaximumDays)));

    [Property(MaxTest = 500)]
    public bool CancelKeyDeletion_always_yields_Disabled(int start, int[] codes) =>
        OperationCodes.Run(start, codes).All(step =>
            step.Operation.Kind != KeyOperationKind.CancelKeyDeletion || !step.After.Succeeds || step.After.States == KeyState.Disabled);

    [Property(MaxTest = 500)]
    public bool A_multi_Region_primary_with_replicas_never_goes_straight_to_deletion(int start, int[] codes) =>
        OperationCodes.Run(start, codes).All(step =>
            step.Operation.Kind != KeyOperationKind.ScheduleKeyDeletion
            || step.Before.Facts.IsPrimaryWithReplicas != TriState.True
            || !step.After.Succeeds
            || step.After.States == KeyState.PendingReplicaDeletion);

    [Property(MaxTest = 500)]
    public bool A_failed_call_changes_nothing(int start, int[] codes) =>
        OperationCodes.Run(start, codes).All(step =>
            step.After.Succeeds || (step.After.States == step.Before.States && ReferenceEquals(step.After.Facts, step.Before.Facts)));

    [Property(MaxTest = 500)]
    public bool The_state_never_becomes_empty_or_leaves_Deleted(int start, int[] codes) =>
        OperationCodes.Run(start, codes).All(step =>
            !step.After.States.IsEmpty
            && (step.Before.States != KeyState.Deleted || step.After.States == KeyState.Deleted));

    /// <summary>
    /// The state-set abstraction is sound: whatever a key in any one of the states would do is
    /// included in the result for the set, and a hazard raised for the set holds for each state.
    /// </summary>
    [Property(MaxTest = 1000)]
    public bool Simulating_a_set_of_states_covers_every_state_in_it(int startKey, int stateBits, int operationCode)
    {
        var facts = OperationCodes.StartingKeys[System.Math.Abs(startKey % OperationCodes.StartingKeys.Length)];
        var operation = OperationCodes.Operation(operationCode);
        var states = System.Enum.GetValues<KeyState>().Where(s => (stateBits & (1 << (int)s)) != 0).ToArray();
        if (states.Length == 0)
        {
            return true;
        }

        var set = KeyLifecycle.Apply(KeyStateSet.Of(states), facts, operation);
        var hazardsOfSet = set.Hazards.Select(h => h.Rule.Id).ToHashSet();
        return states.All(state =>
        {
            var single = KeyLifecycle.Apply(state, facts, operation);
            var covered = !single.Succeeds || (set.Succeeds && single.States.IsWithin(set.States));
            return covered && hazardsOfSet.IsSubsetOf(single.Hazards.Select(h => h.Rule.Id));
        });
    }

    [Property(MaxTest = 300)]
    public bool Every_operation_of_any_sequence_produces_a_step(int start, NonEmptyArray<int> codes) =>
        OperationCodes.Run(start, codes.Get).Count() == codes.Get.Length;
}
