namespace KmsGuardrails.Rules.Lifecycle;

/// <summary>
/// The lifecycle simulator: a pure function from (states, facts, operation) to (states, facts,
/// error, hazards). Every frontend drives it with the operations it reads, so a hazard is decided
/// here once for C#, templates and plans alike.
/// </summary>
public static class KeyLifecycle
{
    /// <summary>The state of a key a frontend knows nothing about.</summary>
    public static LifecycleStep Start(KeyFacts? facts = null) =>
        new(KeyStateSet.Unknown, facts ?? KeyFacts.Unknown, null, new Hazard[0]);

    /// <summary>Applies <paramref name="operation"/> to a key in one of <paramref name="states"/>.</summary>
    public static LifecycleStep Apply(KeyStateSet states, KeyFacts facts, KeyOperation operation, LifecycleOptions? options = null)
    {
        var hazards = LifecycleHazards.Of(states, facts, operation, options ?? LifecycleOptions.Default);
        if (operation.Kind == KeyOperationKind.CreateKey)
        {
            var created = KeyTransitions.Create(operation.CreatedKey ?? KeyFacts.Unknown);
            return new LifecycleStep(created.Error is null ? created.States : states, created.Facts, created.Error, hazards);
        }

        var after = KeyStateSet.Empty;
        KeyFacts? afterFacts = null;
        KmsError? error = null;
        foreach (var state in states.States)
        {
            var transition = KeyTransitions.Apply(state, facts, operation);
            if (transition.Error is null)
            {
                after = after.Union(transition.States);
                afterFacts = afterFacts?.Meet(transition.Facts) ?? transition.Facts;
            }
            else
            {
                error = error?.CombinedWith(transition.Error) ?? transition.Error;
            }
        }

        // Only a call that fails in every possible state is known to fail; a failed call changes nothing.
        return afterFacts is null
            ? new LifecycleStep(states, facts, error, hazards)
            : new LifecycleStep(after, afterFacts, null, hazards);
    }

    /// <summary>Applies <paramref name="operation"/> after <paramref name="previous"/>.</summary>
    public static LifecycleStep Then(this LifecycleStep previous, KeyOperation operation, LifecycleOptions? options = null) =>
        Apply(previous.States, previous.Facts, operation, options);
}
