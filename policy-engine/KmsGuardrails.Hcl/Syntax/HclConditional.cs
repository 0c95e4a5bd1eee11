namespace KmsGuardrails.Hcl.Syntax;

/// <summary><c>condition ? whenTrue : whenFalse</c>.</summary>
internal sealed record HclConditional(HclSpan Span, HclExpression Condition, HclExpression WhenTrue, HclExpression WhenFalse) : HclExpression(Span);
