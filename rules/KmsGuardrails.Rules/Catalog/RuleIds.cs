namespace KmsGuardrails.Rules.Catalog;

/// <summary>
/// The rule ids as compile-time constants, for the places that need a constant (Roslyn descriptors,
/// which analyzer release tracking reads; attributes). <see cref="RuleCatalog"/> is built from these.
/// </summary>
public static class RuleIds
{
    public const string InvalidOption = "KMS000";
    public const string PendingWindowOutOfRange = "KMS001";
    public const string PendingWindowBelowMinimum = "KMS002";
    public const string AsymmetricEncryptionKeyDeletion = "KMS003";
    public const string MultiRegionPrimaryWithReplicas = "KMS004";
    public const string ImmediateKeyMaterialLoss = "KMS005";
    public const string CustomKeyStoreDeletion = "KMS006";
    public const string DisconnectedStoreWithPendingDeletion = "KMS007";
    public const string ScheduledWhileEnabled = "KMS008";
    public const string UseAfterCancelWithoutEnable = "KMS009";
    public const string UseWhilePendingDeletion = "KMS010";
    public const string AdministratorsCannotManageDeletion = "KMS011";
    public const string DeletionCannotBeCancelled = "KMS012";
    public const string AnyPrincipalCanScheduleDeletion = "KMS013";
    public const string KeyNotRetained = "KMS014";
    public const string KeyDestroyedOrReplaced = "KMS015";
    public const string LockoutSafetyCheckBypassed = "KMS016";
}
