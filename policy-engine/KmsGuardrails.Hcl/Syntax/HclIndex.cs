namespace KmsGuardrails.Hcl.Syntax;

/// <summary><c>source[key]</c>.</summary>
internal sealed record HclIndex(HclSpan Span, HclExpression Source, HclExpression Key) : HclExpression(Span);
