using KmsGuardrails.Rules;

namespace KmsGuardrails.Hcl.Syntax;

/// <summary>An expression of HCL's native syntax.</summary>
public abstract record HclExpression(HclSpan Span)
{
    public SourcePosition Position => Span.Position;
}
