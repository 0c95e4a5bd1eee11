using System;
using Microsoft.CodeAnalysis;

namespace KmsGuardrails.Analyzers.Flow;

/// <summary>
/// What designates one key within a method: a variable, field or parameter holding its id, a
/// constant id, or the CreateKey call that made it.
/// </summary>
internal sealed class KeyIdentity : IEquatable<KeyIdentity>
{
    private KeyIdentity(ISymbol? symbol, string? constant, SyntaxNode? creation)
    {
        Symbol = symbol;
        Constant = constant;
        Creation = creation;
    }

    public ISymbol? Symbol { get; }

    public string? Constant { get; }

    /// <summary>The CreateKey invocation that made the key.</summary>
    public SyntaxNode? Creation { get; }

    /// <summary>True for fields and properties, which other methods of the type may change.</summary>
    public bool IsMember => Symbol is IFieldSymbol or IPropertySymbol;

    public static KeyIdentity Of(ISymbol symbol) => new(symbol, null, null);

    public static KeyIdentity OfConstant(string id) => new(null, id, null);

    public static KeyIdentity CreatedBy(SyntaxNode invocation) => new(null, null, invocation);

    public bool Equals(KeyIdentity? other) =>
        other is not null
        && SymbolEqualityComparer.Default.Equals(Symbol, other.Symbol)
        && Constant == other.Constant
        && Creation == other.Creation;

    public override bool Equals(object? obj) => Equals(obj as KeyIdentity);

    public override int GetHashCode() =>
        SymbolEqualityComparer.Default.GetHashCode(Symbol) ^ (Constant?.GetHashCode() ?? 0) ^ (Creation?.GetHashCode() ?? 0);
}
