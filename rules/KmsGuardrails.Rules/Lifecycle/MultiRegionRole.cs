namespace KmsGuardrails.Rules.Lifecycle;

/// <summary>Whether a key is single-Region, or the primary or a replica of a multi-Region key.</summary>
public enum MultiRegionRole
{
    SingleRegion,
    Primary,
    Replica,
}
