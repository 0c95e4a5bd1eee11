namespace KmsGuardrails.Hcl.Syntax;

/// <summary><c>source[*].a.b</c> or <c>source.*.a</c>: <see cref="Each"/> is applied to every element, reached through <see cref="HclSplatItem"/>.</summary>
internal sealed record HclSplat(HclSpan Span, HclExpression Source, HclExpression Each) : HclExpression(Span);
