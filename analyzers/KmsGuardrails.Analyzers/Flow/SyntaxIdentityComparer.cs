using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace KmsGuardrails.Analyzers.Flow;

/// <summary>
/// Syntax nodes compared by identity but hashed by position: the object hash of a node the compiler
/// has locked on takes the runtime's slow path on every call, and these maps are read for every
/// invocation of a method. Distinct nodes of one tree rarely share a start and kind.
/// </summary>
internal sealed class SyntaxIdentityComparer : IEqualityComparer<SyntaxNode>
{
    public static readonly SyntaxIdentityComparer Instance = new();

    public bool Equals(SyntaxNode? x, SyntaxNode? y) => ReferenceEquals(x, y);

    public int GetHashCode(SyntaxNode node) => (node.SpanStart * 397) ^ node.RawKind;
}
