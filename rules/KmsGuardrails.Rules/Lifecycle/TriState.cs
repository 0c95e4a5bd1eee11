namespace KmsGuardrails.Rules.Lifecycle;

/// <summary>A boolean key fact that may not be known. Rules fire on known facts only.</summary>
public enum TriState
{
    Unknown,
    False,
    True,
}
