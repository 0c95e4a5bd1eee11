using System;

namespace KmsGuardrails.Rules.Policy;

/// <summary>
/// One principal of a statement: its type ("AWS", "Service", "Federated", "CanonicalUser", or "*"
/// for a bare <c>"Principal": "*"</c>) and its value, null when not known before deployment.
/// </summary>
public sealed record Principal(string Type, string? Value)
{
    public static Principal Everyone { get; } = new("*", "*");

    /// <summary><c>"*"</c> or <c>{"AWS": "*"}</c>: every principal of every account.</summary>
    public bool IsWildcard => Value == "*" && (Type == "*" || string.Equals(Type, "AWS", StringComparison.Ordinal));

    public bool IsKnown => Value is not null;

    public override string ToString() => Type == "*" ? "*" : Type + ":" + (Value ?? "(unknown)");
}
