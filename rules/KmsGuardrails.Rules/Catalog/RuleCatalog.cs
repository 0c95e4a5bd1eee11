using System;
using System.Collections.Generic;
using System.Linq;

namespace KmsGuardrails.Rules.Catalog;

/// <summary>
/// The rule catalog: the only place a rule id, title, message or severity is written.
/// Ids are stable once shipped; a retired rule keeps its id unused. <see cref="RuleIds"/>, the
/// rules tables and the analyzers' release tracking are generated from it
/// (<c>dotnet run --project tools/KmsGuardrails.CatalogGenerator</c>; CONTRIBUTING.md).
/// </summary>
public static class RuleCatalog
{
    /// <summary>Base address of the rule pages (<c>rules/docs/KMSxxx.md</c>).</summary>
    public const string DocsBaseUrl = "https://github.com/kms-guardrails/kms-guardrails/blob/main/rules/docs/";

    private const string Configuration = "Configuration";
    private const string Reliability = "Reliability";
    private const string Security = "Security";

    private const RuleSurfaces CodeAndInfrastructure = RuleSurfaces.CSharp | RuleSurfaces.Infrastructure;
    private const RuleSurfaces Everywhere = RuleSurfaces.CSharp | RuleSurfaces.Infrastructure | RuleSurfaces.KeyPolicy;

    public static readonly RuleDescriptor InvalidOption = new(
        "KMS000",
        "Invalid KmsGuardrails option",
        "Option '{0}' in .editorconfig: {1}; the default {2} applies",
        "An option the rules read (kms_guardrails.min_pending_window_days, kms_guardrails.require_deletion_administrators) has a value they cannot use. The analyzers apply the option's default instead and say so once per compilation, so a typo never silently changes what is checked.",
        Configuration,
        RuleSeverity.Warning,
        RuleSurfaces.CSharp);

    public static readonly RuleDescriptor PendingWindowOutOfRange = new(
        "KMS001",
        "Deletion waiting period outside 7 to 30 days",
        "Key '{0}': a deletion waiting period of {1} days is outside 7 to 30 days, so KMS rejects the request",
        "ScheduleKeyDeletion accepts a waiting period of 7 to 30 days only (the SDK's service model allows 1 to 365, but the service answers ValidationException). CloudFormation and Terraform reject the value at deploy or plan time.",
        Reliability,
        RuleSeverity.Error,
        CodeAndInfrastructure);

    public static readonly RuleDescriptor PendingWindowBelowMinimum = new(
        "KMS002",
        "Deletion waiting period shorter than the required minimum",
        "Key '{0}': a deletion waiting period of {1} days is shorter than the required minimum of {2} days",
        "The waiting period is the only time in which a mistaken deletion can be cancelled. Organisations set a minimum longer than KMS's 7 days (option min_pending_window_days); the default minimum is 7, so the rule is silent until configured.",
        Reliability,
        RuleSeverity.Warning,
        CodeAndInfrastructure);

    public static readonly RuleDescriptor AsymmetricEncryptionKeyDeletion = new(
        "KMS003",
        "Deleting an asymmetric ENCRYPT_DECRYPT key",
        "Key '{0}' is an asymmetric key used for ENCRYPT_DECRYPT: its public key may still encrypt data outside KMS that becomes undecryptable once the key is deleted",
        "The public key of an asymmetric KMS key can be downloaded and used outside AWS KMS. Scheduling deletion does not stop that use, no alarm can see it, and every ciphertext made with it becomes undecryptable. Check CloudTrail for GetPublicKey and prefer disabling the key.",
        Reliability,
        RuleSeverity.Warning,
        CodeAndInfrastructure);

    public static readonly RuleDescriptor MultiRegionPrimaryWithReplicas = new(
        "KMS004",
        "Deleting a multi-Region primary key that has replicas",
        "Key '{0}' is a multi-Region primary key with replicas: it waits in PendingReplicaDeletion, unusable, until every replica is deleted, and deleting them all destroys the data",
        "A multi-Region primary key with replicas is not deleted: it becomes PendingReplicaDeletion and unusable, and its waiting period starts only when the last replica is deleted. To remove the primary from one Region, make a replica primary with UpdatePrimaryRegion first.",
        Reliability,
        RuleSeverity.Warning,
        CodeAndInfrastructure);

    public static readonly RuleDescriptor ImmediateKeyMaterialLoss = new(
        "KMS005",
        "Key material lost at once, without a waiting period",
        "Key '{0}': {1} makes the key unusable at once, with no waiting period to cancel",
        "DeleteImportedKeyMaterial, and the expiry of imported key material (ExpirationModel KEY_MATERIAL_EXPIRES, the default), put the key in PendingImport immediately. Nothing can be cancelled; only reimporting the same material restores it.",
        Reliability,
        RuleSeverity.Warning,
        CodeAndInfrastructure);

    public static readonly RuleDescriptor CustomKeyStoreDeletion = new(
        "KMS006",
        "Deleting a custom or external key store",
        "Deleting custom key store '{0}' is irreversible; disconnect it instead",
        "DeleteCustomKeyStore cannot be undone. For an external key store, KMS keys can never be recreated, even with the same external key. DisconnectCustomKeyStore makes the keys unavailable and is reversible.",
        Reliability,
        RuleSeverity.Warning,
        CodeAndInfrastructure);

    public static readonly RuleDescriptor DisconnectedStoreWithPendingDeletion = new(
        "KMS007",
        "Key store disconnected while its keys are pending deletion",
        "Key '{0}' is pending deletion while its key store{1} is disconnected: KMS cannot delete the key material, which stays orphaned in the store and its backups",
        "When a key in a CloudHSM key store is deleted, KMS deletes its key material from the cluster only if the store is connected. Keep the store connected for the whole waiting period, or the material is orphaned in the cluster and its backups.",
        Reliability,
        RuleSeverity.Warning,
        RuleSurfaces.CSharp);

    public static readonly RuleDescriptor ScheduledWhileEnabled = new(
        "KMS008",
        "Deleting a key that is still enabled",
        "Key '{0}' {1} while it is enabled; {2}",
        "The deletion procedure is: disable the key, watch CloudTrail for failed calls, then schedule deletion. Scheduling an enabled key, or a change that removes a key still enabled in the revision it replaces, skips the step that shows who still uses it.",
        Reliability,
        RuleSeverity.Info,
        CodeAndInfrastructure);

    public static readonly RuleDescriptor UseAfterCancelWithoutEnable = new(
        "KMS009",
        "Key used after CancelKeyDeletion without EnableKey",
        "Key '{0}' is used for {1} after CancelKeyDeletion without EnableKey: a cancelled key is Disabled, so the call fails",
        "CancelKeyDeletion returns the key to Disabled, not Enabled. Every cryptographic call fails with DisabledException until EnableKey is called.",
        Reliability,
        RuleSeverity.Warning,
        RuleSurfaces.CSharp);

    public static readonly RuleDescriptor UseWhilePendingDeletion = new(
        "KMS010",
        "Cryptographic use of a key that is pending deletion",
        "Key '{0}' is used for {1} while it is pending deletion, so the call fails",
        "A key pending deletion refuses every cryptographic operation (KMSInvalidStateException or DisabledException). Code that still needs the key shows that the deletion is a mistake.",
        Reliability,
        RuleSeverity.Warning,
        RuleSurfaces.CSharp);

    public static readonly RuleDescriptor AdministratorsCannotManageDeletion = new(
        "KMS011",
        "Key administrators cannot schedule and cancel deletion",
        "Key policy '{0}': {1}",
        "Key administrators need both kms:ScheduleKeyDeletion and kms:CancelKeyDeletion (the console's 'Allow key administrators to delete this key'). An administrators' statement with only one of them is a trap, and an explicit key policy in which no principal other than a wildcard may do both leaves no one to stop a mistaken deletion (option require_deletion_administrators turns that second case off).",
        Security,
        RuleSeverity.Warning,
        Everywhere);

    public static readonly RuleDescriptor DeletionCannotBeCancelled = new(
        "KMS012",
        "Deletion can be scheduled but not cancelled",
        "Key policy '{0}': {1} can schedule deletion of the key, but {2}",
        "If a principal can schedule deletion and no principal can cancel it, or CancelKeyDeletion is denied, a mistaken deletion runs to the end of its waiting period and the data is lost.",
        Security,
        RuleSeverity.Error,
        Everywhere);

    public static readonly RuleDescriptor AnyPrincipalCanScheduleDeletion = new(
        "KMS013",
        "Any principal can schedule deletion",
        "Key policy '{0}': statement{1} lets any principal schedule deletion of the key",
        "A statement with a wildcard principal and no condition that narrows who calls (aws:PrincipalArn, kms:CallerAccount, aws:PrincipalOrgID, ...) lets anyone schedule deletion of the key.",
        Security,
        RuleSeverity.Error,
        Everywhere);

    public static readonly RuleDescriptor KeyNotRetained = new(
        "KMS014",
        "Key not retained when its stack or module is deleted",
        "Key '{0}' is not retained: {1}",
        "Without DeletionPolicy and UpdateReplacePolicy Retain (CloudFormation) or lifecycle prevent_destroy (Terraform), deleting the stack or module, or replacing the resource, schedules deletion of the key.",
        Reliability,
        RuleSeverity.Info,
        RuleSurfaces.Infrastructure);

    public static readonly RuleDescriptor KeyDestroyedOrReplaced = new(
        "KMS015",
        "A change destroys or replaces a key",
        "Key '{0}': {1}",
        "A plan that deletes or replaces a key, a key resource removed or renamed between revisions, a replacement-forcing argument or a changed replica primary schedules deletion of the existing key.",
        Reliability,
        RuleSeverity.Error,
        RuleSurfaces.Infrastructure);

    public static readonly RuleDescriptor LockoutSafetyCheckBypassed = new(
        "KMS016",
        "Policy lockout safety check bypassed",
        "Key '{0}': BypassPolicyLockoutSafetyCheck is enabled, so a policy that locks everyone out of the key is accepted",
        "The lockout safety check rejects a key policy that would stop the caller from changing it again. Bypassing it can make the key unmanageable, and then it can neither be used nor deleted without AWS Support.",
        Security,
        RuleSeverity.Warning,
        Everywhere);

    public static readonly RuleDescriptor DeletionAlarmMissing = new(
        "KMS017",
        "No alarm on attempted use of keys pending deletion",
        "Key '{0}'{1}",
        "The deletion procedure schedules a deletion only with a CloudWatch alarm that catches attempted use of the key during the waiting period (a CloudTrail metric filter on KMS errors for keys pending deletion), so a key still in use is found while the deletion can be cancelled. Reported once per scan where customer managed keys are declared and nothing watches, and as a warning at each change that deletes a key; option pending_deletion_alarm_elsewhere when the alarm lives in another account or repository.",
        Reliability,
        RuleSeverity.Info,
        RuleSurfaces.Infrastructure);

    /// <summary>Every rule, in id order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = new[]
    {
        InvalidOption,
        PendingWindowOutOfRange,
        PendingWindowBelowMinimum,
        AsymmetricEncryptionKeyDeletion,
        MultiRegionPrimaryWithReplicas,
        ImmediateKeyMaterialLoss,
        CustomKeyStoreDeletion,
        DisconnectedStoreWithPendingDeletion,
        ScheduledWhileEnabled,
        UseAfterCancelWithoutEnable,
        UseWhilePendingDeletion,
        AdministratorsCannotManageDeletion,
        DeletionCannotBeCancelled,
        AnyPrincipalCanScheduleDeletion,
        KeyNotRetained,
        KeyDestroyedOrReplaced,
        LockoutSafetyCheckBypassed,
        DeletionAlarmMissing,
    };

    /// <summary>The rule with <paramref name="id"/> (case-insensitive), or null.</summary>
    public static RuleDescriptor? Find(string id) =>
        All.FirstOrDefault(rule => string.Equals(rule.Id, id, StringComparison.OrdinalIgnoreCase));
}
