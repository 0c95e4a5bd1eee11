namespace KmsGuardrails.PolicyEngine.Hcl.Syntax;

/// <summary><c>left op right</c>.</summary>
public sealed record HclBinary(HclSpan Span, HclOperator Operator, HclExpression Left, HclExpression Right) : HclExpression(Span);
