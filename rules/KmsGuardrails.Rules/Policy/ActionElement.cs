using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.Rules.Policy;

/// <summary>The Action (or, negated, NotAction) element of a statement.</summary>
public sealed class ActionElement
{
    public ActionElement(IReadOnlyList<string?> patterns, bool isNegated, SourcePosition? position)
    {
        Patterns = patterns;
        IsNegated = isNegated;
        Position = position;
    }

    /// <summary>A statement without Action or NotAction: it matches no action.</summary>
    public static ActionElement Missing { get; } = new(new string?[0], isNegated: false, position: null);

    /// <summary>The action patterns; null for an entry that cannot be known before deployment.</summary>
    public IReadOnlyList<string?> Patterns { get; }

    /// <summary>NotAction: every action except <see cref="Patterns"/>.</summary>
    public bool IsNegated { get; }

    public SourcePosition? Position { get; }

    /// <summary>Whether the element covers <paramref name="action"/> (for example kms:ScheduleKeyDeletion).</summary>
    public TriState Covers(string action)
    {
        var listed = Patterns.Any(p => p is not null && ActionPattern.Matches(p, action)) ? TriState.True
            : Patterns.Any(p => p is null) ? TriState.Unknown
            : TriState.False;
        return !IsNegated ? listed
            : listed == TriState.True ? TriState.False
            : listed == TriState.False ? TriState.True
            : TriState.Unknown;
    }
}
