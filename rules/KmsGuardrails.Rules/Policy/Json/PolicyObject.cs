using System;
using System.Collections.Generic;

namespace KmsGuardrails.Rules.Policy.Json;

/// <summary>A JSON object; keys are unique (the parser rejects duplicates) and keep their order.</summary>
public sealed class PolicyObject : PolicyValue
{
    private readonly Dictionary<string, PolicyValue> byKey = new(StringComparer.Ordinal);

    public PolicyObject(SourcePosition position, IReadOnlyList<KeyValuePair<string, PolicyValue>> members)
        : base(position)
    {
        Members = members;
        foreach (var member in members)
        {
            byKey[member.Key] = member.Value;
        }
    }

    public IReadOnlyList<KeyValuePair<string, PolicyValue>> Members { get; }

    public PolicyValue? this[string key] => byKey.TryGetValue(key, out var value) ? value : null;
}
