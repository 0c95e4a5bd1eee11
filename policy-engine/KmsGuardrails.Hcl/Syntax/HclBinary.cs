namespace KmsGuardrails.Hcl.Syntax;

/// <summary><c>left op right</c>.</summary>
internal sealed record HclBinary(HclSpan Span, HclOperator Operator, HclExpression Left, HclExpression Right) : HclExpression(Span);
