namespace KmsGuardrails.Rules.Documents;

/// <summary>Something wrong in a document (bad syntax, a limit, a malformed key-policy element), where it is.</summary>
public sealed record DocumentProblem(SourcePosition Position, string Message)
{
    public override string ToString() => Position + ": " + Message;
}
