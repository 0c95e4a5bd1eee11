using KmsGuardrails.Rules;

namespace KmsGuardrails.Hcl.Syntax;

/// <summary>Where a syntax node is written: its start position and its character range in the source.</summary>
public sealed class HclSpan
{
    private readonly string source;

    internal HclSpan(string source, int start, int end, SourcePosition position)
    {
        this.source = source;
        Start = start;
        End = end;
        Position = position;
    }

    public int Start { get; }

    public int End { get; }

    public SourcePosition Position { get; }

    /// <summary>The node as written, for messages and for values that stay unknown.</summary>
    public string Text => source.Substring(Start, End - Start);
}
