namespace KmsGuardrails.PolicyEngine.Hcl.Syntax;

/// <summary><c>!operand</c> or <c>-operand</c>.</summary>
public sealed record HclUnary(HclSpan Span, HclOperator Operator, HclExpression Operand) : HclExpression(Span);
