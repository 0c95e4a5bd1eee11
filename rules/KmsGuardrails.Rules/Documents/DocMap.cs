using System;
using System.Collections.Generic;

namespace KmsGuardrails.Rules.Documents;

/// <summary>A JSON object or YAML mapping; keys are unique and keep their order.</summary>
public sealed class DocMap : DocNode
{
    private readonly Dictionary<string, DocMember> byKey;

    public DocMap(SourcePosition position, string? tag, IReadOnlyList<DocMember> members)
        : base(position, tag)
    {
        Members = members;
        byKey = new Dictionary<string, DocMember>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            byKey[member.Key] = member;
        }
    }

    public IReadOnlyList<DocMember> Members { get; }

    public DocNode? this[string key] => byKey.TryGetValue(key, out var member) ? member.Value : null;

    public DocMember? Member(string key) => byKey.TryGetValue(key, out var member) ? member : null;
}
