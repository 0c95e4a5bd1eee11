namespace KmsGuardrails.PolicyEngine.Hcl.Syntax;

/// <summary><c>condition ? whenTrue : whenFalse</c>.</summary>
public sealed record HclConditional(HclSpan Span, HclExpression Condition, HclExpression WhenTrue, HclExpression WhenFalse) : HclExpression(Span);
