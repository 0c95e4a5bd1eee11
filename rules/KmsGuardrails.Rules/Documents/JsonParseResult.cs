namespace KmsGuardrails.Rules.Documents;

/// <summary>The parsed document, or the first problem that stopped the parser.</summary>
public sealed record JsonParseResult(DocNode? Root, DocumentProblem? Problem)
{
    /// <summary>The text holds no value at all, only whitespace: a problem for a file that must have one, not for a scan.</summary>
    public bool IsEmpty { get; init; }
}
