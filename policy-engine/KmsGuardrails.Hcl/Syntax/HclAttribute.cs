using KmsGuardrails.Rules;

namespace KmsGuardrails.Hcl.Syntax;

/// <summary><c>name = value</c> in a body.</summary>
public sealed record HclAttribute(string Name, SourcePosition Position, HclExpression Value);
