using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.Rules.Tests.Lifecycle;

/// <summary>Keys in well-known starting points, created through the simulator itself.</summary>
internal static class Keys
{
    public static KeyFacts Symmetric { get; } = new()
    {
        Spec = KeySpec.SymmetricDefault,
        Usage = KeyUsage.EncryptDecrypt,
        Origin = KeyOrigin.AwsKms,
        Role = MultiRegionRole.SingleRegion,
    };

    public static LifecycleStep Created(KeyFacts facts) => KeyLifecycle.Apply(KeyStateSet.Unknown, facts, KeyOperation.CreateKey(facts));

    public static LifecycleStep NewSymmetric() => Created(Symmetric);

    public static LifecycleStep Unknown() => KeyLifecycle.Start();
}
