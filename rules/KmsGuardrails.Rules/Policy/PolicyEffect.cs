namespace KmsGuardrails.Rules.Policy;

public enum PolicyEffect
{
    /// <summary>Not known before deployment (an intrinsic or interpolation) or misspelt.</summary>
    Unknown,
    Allow,
    Deny,
}
