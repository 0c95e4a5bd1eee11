namespace KmsGuardrails.Hcl.Syntax;

/// <summary><c>source.name</c> (also the legacy index <c>source.0</c>, with a number name).</summary>
internal sealed record HclGetAttribute(HclSpan Span, HclExpression Source, string Name) : HclExpression(Span);
