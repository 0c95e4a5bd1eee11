namespace KmsGuardrails.Rules.Documents;

/// <summary>One key of a mapping, with where the key is written.</summary>
public sealed record DocMember(string Key, SourcePosition KeyPosition, DocNode Value);
