namespace KmsGuardrails.Hcl.Syntax;

/// <summary>The kinds of literal value.</summary>
internal enum HclLiteralKind
{
    String,
    Number,
    Bool,
    Null,
}
