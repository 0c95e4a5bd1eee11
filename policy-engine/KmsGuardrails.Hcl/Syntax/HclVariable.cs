namespace KmsGuardrails.Hcl.Syntax;

/// <summary>The root of a traversal: <c>var</c>, <c>local</c>, <c>aws_kms_key</c>, a <c>for</c> variable.</summary>
internal sealed record HclVariable(HclSpan Span, string Name) : HclExpression(Span);
