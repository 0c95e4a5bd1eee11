using KmsGuardrails.Rules;

namespace KmsGuardrails.Hcl.Syntax;

/// <summary>A <c>#</c>, <c>//</c> or <c>/* */</c> comment: kept for inline suppressions.</summary>
public sealed record HclComment(string Text, SourcePosition Position, int EndLine)
{
    /// <summary>The comment without its markers (<c>#</c>, <c>//</c>, <c>/*</c> and <c>*/</c>).</summary>
    public string Content => Text.StartsWith("/*", System.StringComparison.Ordinal)
        ? Text.Substring(2, System.Math.Max(0, Text.Length - 4))
        : Text.Substring(Text.StartsWith("#", System.StringComparison.Ordinal) ? 1 : 2);
}
