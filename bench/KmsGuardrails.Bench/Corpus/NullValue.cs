namespace KmsGuardrails.Bench.Corpus;

/// <summary>JSON's null in a generated tree (a plan's "before" of a creation), which keeps the tree's values non-nullable.</summary>
internal sealed class NullValue
{
    public static readonly NullValue Instance = new();

    private NullValue()
    {
    }
}
