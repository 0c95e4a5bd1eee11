namespace KmsGuardrails.Hcl.Syntax;

/// <summary>The element a splat's traversal starts from.</summary>
internal sealed record HclSplatItem(HclSpan Span) : HclExpression(Span);
