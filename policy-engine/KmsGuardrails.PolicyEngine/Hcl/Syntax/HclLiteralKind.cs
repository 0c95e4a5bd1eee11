namespace KmsGuardrails.PolicyEngine.Hcl.Syntax;

/// <summary>The kinds of literal value.</summary>
public enum HclLiteralKind
{
    String,
    Number,
    Bool,
    Null,
}
