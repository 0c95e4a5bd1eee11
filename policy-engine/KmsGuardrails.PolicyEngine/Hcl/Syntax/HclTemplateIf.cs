namespace KmsGuardrails.PolicyEngine.Hcl.Syntax;

/// <summary><c>%{ if cond }…%{ else }…%{ endif }</c> inside a template.</summary>
public sealed record HclTemplateIf(HclSpan Span, HclExpression Condition, HclTemplate Then, HclTemplate? Else) : HclExpression(Span);
