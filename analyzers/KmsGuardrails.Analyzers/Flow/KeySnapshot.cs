using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.Analyzers.Flow;

/// <summary>What is known about one key at one point of a method.</summary>
internal readonly record struct KeySnapshot(KeyStateSet States, KeyFacts Facts)
{
    public static KeySnapshot Unknown => new(KeyStateSet.Unknown, KeyFacts.Unknown);

    public static KeySnapshot After(LifecycleStep step) => new(step.States, step.Facts);

    /// <summary>What holds on both of two paths.</summary>
    public KeySnapshot Join(KeySnapshot other) => new(States.Union(other.States), Facts.Meet(other.Facts));
}
