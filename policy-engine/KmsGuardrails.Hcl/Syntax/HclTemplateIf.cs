namespace KmsGuardrails.Hcl.Syntax;

/// <summary><c>%{ if cond }…%{ else }…%{ endif }</c> inside a template.</summary>
internal sealed record HclTemplateIf(HclSpan Span, HclExpression Condition, HclTemplate Then, HclTemplate? Else) : HclExpression(Span);
