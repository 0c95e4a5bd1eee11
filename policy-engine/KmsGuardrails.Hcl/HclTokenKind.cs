namespace KmsGuardrails.Hcl;

/// <summary>The tokens of HCL's native syntax, as hclsyntax's scanner names them.</summary>
internal enum HclTokenKind
{
    Identifier,
    Number,

    /// <summary>Literal text of a template, with escapes already applied.</summary>
    TemplateLiteral,
    OpenQuote,
    CloseQuote,

    /// <summary><c>&lt;&lt;EOT</c> or <c>&lt;&lt;-EOT</c>; the token text is the marker.</summary>
    OpenHeredoc,
    CloseHeredoc,

    /// <summary><c>${</c> or <c>${~</c>.</summary>
    TemplateInterpolation,

    /// <summary><c>%{</c> or <c>%{~</c>.</summary>
    TemplateControl,

    /// <summary>The <c>}</c> or <c>~}</c> that closes an interpolation or directive.</summary>
    TemplateSequenceEnd,
    OpenBrace,
    CloseBrace,
    OpenBracket,
    CloseBracket,
    OpenParenthesis,
    CloseParenthesis,
    Comma,
    Dot,
    Ellipsis,
    Equals,
    Colon,
    DoubleColon,
    Question,
    FatArrow,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    EqualEqual,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    And,
    Or,
    Bang,
    Newline,
    EndOfFile,

    /// <summary>What the scanner could not read; the token text says why.</summary>
    Invalid,
}
