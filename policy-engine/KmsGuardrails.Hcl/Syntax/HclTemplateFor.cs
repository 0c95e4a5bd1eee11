namespace KmsGuardrails.Hcl.Syntax;

/// <summary><c>%{ for k, v in coll }…%{ endfor }</c> inside a template.</summary>
internal sealed record HclTemplateFor(HclSpan Span, string? KeyVariable, string ValueVariable, HclExpression Collection, HclTemplate Body) : HclExpression(Span);
