using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.Hcl;

/// <summary>The names a <c>for</c> expression, splat or template file binds, innermost first.</summary>
internal sealed class HclBindings
{
    public static readonly HclBindings Empty = new(string.Empty, null, null);

    private readonly string name;
    private readonly DocNode? value;
    private readonly HclBindings? outer;

    private HclBindings(string name, DocNode? value, HclBindings? outer)
    {
        this.name = name;
        this.value = value;
        this.outer = outer;
    }

    public HclBindings With(string? bound, DocNode boundValue) => bound is null ? this : new HclBindings(bound, boundValue, this);

    public DocNode? this[string lookup]
    {
        get
        {
            for (var current = this; current is not null && current.value is not null; current = current.outer)
            {
                if (current.name == lookup)
                {
                    return current.value;
                }
            }

            return null;
        }
    }
}
