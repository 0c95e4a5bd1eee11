namespace KmsGuardrails.Hcl.Syntax;

/// <summary>A number, <c>true</c>/<c>false</c>, <c>null</c>, or literal text of a template; <see cref="Text"/> is null for null.</summary>
internal sealed record HclLiteral(HclSpan Span, HclLiteralKind Kind, string? Text) : HclExpression(Span);
