using System.Collections.Generic;

namespace KmsGuardrails.Rules.Documents;

/// <summary>A JSON array or YAML sequence.</summary>
public sealed class DocList : DocNode
{
    public DocList(SourcePosition position, string? tag, IReadOnlyList<DocNode> items)
        : base(position, tag) => Items = items;

    public IReadOnlyList<DocNode> Items { get; }
}
