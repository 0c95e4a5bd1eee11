namespace KmsGuardrails.PolicyEngine.Documents;

/// <summary>A document, or the problem that kept it from being read.</summary>
public sealed record DocumentResult(DocNode? Root, InputProblem? Problem)
{
    public static DocumentResult Of(DocNode root) => new(root, null);

    public static DocumentResult Failed(InputProblem problem) => new(null, problem);
}
