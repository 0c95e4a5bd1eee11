namespace KmsGuardrails.Rules.Documents;

/// <summary>Bounds that keep a hostile or broken document from exhausting time or memory.</summary>
public sealed record DocumentLimits
{
    public static DocumentLimits Default { get; } = new();

    /// <summary>Deeper nesting than any real template; the stack stays small.</summary>
    public int MaximumDepth { get; init; } = 256;

    /// <summary>Nodes after YAML aliases are expanded: stops alias bombs (billion laughs).</summary>
    public long MaximumExpandedNodes { get; init; } = 2_000_000;

    /// <summary>
    /// Larger than the biggest CloudFormation template (1 MB) or plan seen in practice. YAML aliases
    /// may not add more text than this either.
    /// </summary>
    public long MaximumFileBytes { get; init; } = 64L * 1024 * 1024;
}
