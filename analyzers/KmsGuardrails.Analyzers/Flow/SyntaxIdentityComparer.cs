using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace KmsGuardrails.Analyzers.Flow;

/// <summary>
/// Syntax nodes compared by identity but hashed by position and kind. A profile of the flow analysis
/// had the runtime's object hash of syntax nodes as its hottest frame (these maps are read for
/// every invocation of a method); distinct nodes of one tree rarely share a start and a kind.
/// </summary>
internal sealed class SyntaxIdentityComparer : IEqualityComparer<SyntaxNode>
{
    public static readonly SyntaxIdentityComparer Instance = new();

    public bool Equals(SyntaxNode? x, SyntaxNode? y) => ReferenceEquals(x, y);

    public int GetHashCode(SyntaxNode node) => (node.SpanStart * 397) ^ node.RawKind;
}
