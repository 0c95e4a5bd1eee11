namespace KmsGuardrails.Rules.Policy.Json;

/// <summary>
/// A node of a key-policy document with the position it starts at. Policies parsed from JSON text
/// and policies written inside templates (converted by the policy engine) share this tree, so one
/// reader turns both into the key-policy model.
/// </summary>
public abstract class PolicyValue
{
    protected PolicyValue(SourcePosition position)
    {
        Position = position;
    }

    public SourcePosition Position { get; }
}
