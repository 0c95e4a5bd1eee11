namespace KmsGuardrails.Rules.Policy.Json;

/// <summary>A string, or a number, boolean or null kept as its text (IAM compares condition values as text).</summary>
public sealed class PolicyString : PolicyValue
{
    public PolicyString(SourcePosition position, string? text)
        : base(position)
    {
        Text = text;
    }

    /// <summary>The value; null for JSON null.</summary>
    public string? Text { get; }

    public override string ToString() => Text ?? "null";
}
