namespace KmsGuardrails.PolicyEngine.Hcl.Syntax;

/// <summary>The element a splat's traversal starts from.</summary>
public sealed record HclSplatItem(HclSpan Span) : HclExpression(Span);
