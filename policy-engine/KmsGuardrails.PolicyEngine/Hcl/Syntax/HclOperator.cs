namespace KmsGuardrails.PolicyEngine.Hcl.Syntax;

/// <summary>The unary and binary operators.</summary>
public enum HclOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    And,
    Or,
    Not,
    Negate,
}
