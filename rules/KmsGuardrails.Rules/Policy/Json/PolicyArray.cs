using System.Collections.Generic;

namespace KmsGuardrails.Rules.Policy.Json;

public sealed class PolicyArray : PolicyValue
{
    public PolicyArray(SourcePosition position, IReadOnlyList<PolicyValue> items)
        : base(position)
    {
        Items = items;
    }

    public IReadOnlyList<PolicyValue> Items { get; }
}
