using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.Documents;

/// <summary>Why an input could not be read, or part of it was ignored, and where.</summary>
public sealed record InputProblem(string File, SourcePosition Position, string Message, bool IsError = true)
{
    /// <summary>A problem a parser found in <paramref name="file"/>.</summary>
    public static InputProblem In(string file, DocumentProblem problem) => new(file, problem.Position, problem.Message);

    public override string ToString() => $"{File}{Position}: {(IsError ? "error" : "warning")}: {Message}";
}
