namespace KmsGuardrails.Rules.Policy.Json;

/// <summary>
/// A value that cannot be known before deployment (a template intrinsic, a Terraform interpolation).
/// The evaluator treats what depends on it as unknown and never guesses.
/// </summary>
public sealed class PolicyUnknown : PolicyValue
{
    public PolicyUnknown(SourcePosition position, string description)
        : base(position)
    {
        Description = description;
    }

    /// <summary>What the value was, for evidence ("!Sub ...", "${var.admins}").</summary>
    public string Description { get; }

    public override string ToString() => Description;
}
