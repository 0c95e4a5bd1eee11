namespace KmsGuardrails.Rules.Lifecycle;

/// <summary>The outcome of an operation on a key in one known state.</summary>
internal readonly record struct Transition(KeyStateSet States, KeyFacts Facts, KmsError? Error)
{
    public static Transition To(KeyStateSet states, KeyFacts facts) => new(states, facts, null);

    public static Transition Fails(KeyState state, KeyFacts facts, KmsError error) => new(state, facts, error);
}
