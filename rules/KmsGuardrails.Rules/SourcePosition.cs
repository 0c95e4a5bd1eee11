namespace KmsGuardrails.Rules;

/// <summary>A 1-based line and column in the input a model element was read from.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public override string ToString() => "(" + Line + "," + Column + ")";
}
