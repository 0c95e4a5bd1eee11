using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.Analyzers.Flow;

/// <summary>What is known about one key at one point of a method, and how the code last named it.</summary>
internal readonly record struct KeySnapshot(KeyStateSet States, KeyFacts Facts, string? Name)
{
    public static KeySnapshot Unknown => new(KeyStateSet.Unknown, KeyFacts.Unknown, null);

    /// <summary>What holds on both of two paths.</summary>
    public KeySnapshot Join(KeySnapshot other) => new(States.Union(other.States), Facts.Meet(other.Facts), Name ?? other.Name);
}
