namespace KmsGuardrails.Hcl.Syntax;

/// <summary>The unary and binary operators.</summary>
internal enum HclOperator
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
