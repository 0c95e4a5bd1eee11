using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.Documents;

/// <summary>A document, or the problem that kept it from being read.</summary>
public sealed record DocumentResult(DocNode? Root, InputProblem? Problem)
{
    /// <summary>The text holds no document at all, only whitespace or comments: a problem for a file that must have one, not for a scan.</summary>
    public bool IsEmpty { get; private init; }

    public static DocumentResult Of(DocNode root) => new(root, null);

    public static DocumentResult Empty(InputProblem problem) => new(null, problem) { IsEmpty = true };

    public static DocumentResult Failed(InputProblem problem) => new(null, problem);
}
