using KmsGuardrails.Rules;

namespace KmsGuardrails.PolicyEngine.Documents;

/// <summary>Why an input could not be read, or part of it was ignored, and where.</summary>
public sealed record InputProblem(string File, SourcePosition Position, string Message, bool IsError = true)
{
    public override string ToString() => $"{File}{Position}: {(IsError ? "error" : "warning")}: {Message}";
}
