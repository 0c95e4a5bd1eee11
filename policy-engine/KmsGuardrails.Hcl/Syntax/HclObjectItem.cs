namespace KmsGuardrails.Hcl.Syntax;

/// <summary>One item of an object constructor.</summary>
internal sealed record HclObjectItem(HclExpression Key, HclExpression Value);
