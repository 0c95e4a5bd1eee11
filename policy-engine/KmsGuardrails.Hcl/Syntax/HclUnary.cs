namespace KmsGuardrails.Hcl.Syntax;

/// <summary><c>!operand</c> or <c>-operand</c>.</summary>
internal sealed record HclUnary(HclSpan Span, HclOperator Operator, HclExpression Operand) : HclExpression(Span);
