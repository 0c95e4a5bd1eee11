namespace KmsGuardrails.PolicyEngine.Hcl.Syntax;

/// <summary><c>source[key]</c>.</summary>
public sealed record HclIndex(HclSpan Span, HclExpression Source, HclExpression Key) : HclExpression(Span);
