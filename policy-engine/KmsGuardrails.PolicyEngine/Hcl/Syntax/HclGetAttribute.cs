namespace KmsGuardrails.PolicyEngine.Hcl.Syntax;

/// <summary><c>source.name</c> (also the legacy index <c>source.0</c>, with a number name).</summary>
public sealed record HclGetAttribute(HclSpan Span, HclExpression Source, string Name) : HclExpression(Span);
