namespace KmsGuardrails.Rules.Policy.Json;

/// <summary>Something wrong with a key policy (bad JSON, a missing or malformed element), where it is.</summary>
public sealed record PolicyProblem(SourcePosition Position, string Message)
{
    public override string ToString() => Position + ": " + Message;
}
