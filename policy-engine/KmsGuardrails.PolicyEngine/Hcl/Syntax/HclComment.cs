using KmsGuardrails.Rules;

namespace KmsGuardrails.PolicyEngine.Hcl.Syntax;

/// <summary>A <c>#</c>, <c>//</c> or <c>/* */</c> comment: kept for inline suppressions.</summary>
public sealed record HclComment(string Text, SourcePosition Position, int EndLine);
