using KmsGuardrails.Rules;

namespace KmsGuardrails.Hcl;

/// <summary>
/// One token: its kind, its text (the unescaped value of a template literal, the reason of an
/// invalid token), where it starts, and its character range in the source.
/// </summary>
internal readonly record struct HclToken(HclTokenKind Kind, string Text, SourcePosition Position, int Start, int End);
