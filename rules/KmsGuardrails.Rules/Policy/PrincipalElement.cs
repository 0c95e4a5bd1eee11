using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.Rules.Policy;

/// <summary>The Principal (or, negated, NotPrincipal) element of a statement.</summary>
public sealed class PrincipalElement
{
    public PrincipalElement(IReadOnlyList<Principal> principals, bool isNegated, bool hasUnknownPart, SourcePosition? position)
    {
        Principals = principals;
        IsNegated = isNegated;
        HasUnknownPart = hasUnknownPart;
        Position = position;
    }

    /// <summary>A statement without a Principal: in a key policy it applies to nobody that is known.</summary>
    public static PrincipalElement Missing { get; } = new(new Principal[0], isNegated: false, hasUnknownPart: true, position: null);

    public IReadOnlyList<Principal> Principals { get; }

    /// <summary>NotPrincipal: everyone except <see cref="Principals"/>.</summary>
    public bool IsNegated { get; }

    /// <summary>Some entries, or the whole element, could not be known.</summary>
    public bool HasUnknownPart { get; }

    public SourcePosition? Position { get; }

    /// <summary>
    /// Whether the element takes in every principal: a wildcard, or NotPrincipal (everyone except a
    /// few). Unknown when an unknown entry might be the wildcard.
    /// </summary>
    public TriState IsEveryone =>
        IsNegated || Principals.Any(p => p.IsWildcard) ? TriState.True
        : HasUnknownPart || Principals.Any(p => !p.IsKnown) ? TriState.Unknown
        : TriState.False;

    /// <summary>Every entry is known and named, so the element can be compared with another.</summary>
    public bool IsExactList => !IsNegated && !HasUnknownPart && Principals.All(p => p.IsKnown && !p.IsWildcard);

    public bool Contains(Principal principal) => Principals.Contains(principal);
}
