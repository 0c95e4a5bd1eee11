namespace KmsGuardrails.Rules.Documents;

/// <summary>
/// A node of a JSON, YAML or evaluated HCL document with the position it starts at. Templates,
/// plans, Terraform values and key policies (files, template properties and policy strings in C#)
/// are all read into this one tree, so every finding can point at its value.
/// </summary>
public abstract class DocNode
{
    protected DocNode(SourcePosition position, string? tag)
    {
        Position = position;
        Tag = tag;
    }

    public SourcePosition Position { get; }

    /// <summary>A YAML tag such as <c>!Ref</c> or <c>!If</c>; null in JSON and for untagged YAML.</summary>
    public string? Tag { get; }
}
