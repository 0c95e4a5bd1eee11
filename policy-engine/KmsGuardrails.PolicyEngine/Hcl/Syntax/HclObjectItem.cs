namespace KmsGuardrails.PolicyEngine.Hcl.Syntax;

/// <summary>One item of an object constructor.</summary>
public sealed record HclObjectItem(HclExpression Key, HclExpression Value);
