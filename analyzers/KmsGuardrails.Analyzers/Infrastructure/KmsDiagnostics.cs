using KmsGuardrails.Rules.Catalog;
using Microsoft.CodeAnalysis;

namespace KmsGuardrails.Analyzers.Infrastructure;

/// <summary>
/// Roslyn descriptors for the catalog's C# rules. Title, message, category, severity and help link
/// all come from <see cref="RuleCatalog"/>; the id is passed as the catalog's constant so analyzer
/// release tracking can see it.
/// </summary>
internal static class KmsDiagnostics
{
    /// <summary>Reported at compilation end, which Roslyn wants said (RS1037).</summary>
    public static readonly DiagnosticDescriptor InvalidOption = Create(RuleIds.InvalidOption, RuleCatalog.InvalidOption, WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor PendingWindowOutOfRange = Create(RuleIds.PendingWindowOutOfRange, RuleCatalog.PendingWindowOutOfRange);

    public static readonly DiagnosticDescriptor PendingWindowBelowMinimum = Create(RuleIds.PendingWindowBelowMinimum, RuleCatalog.PendingWindowBelowMinimum);

    public static readonly DiagnosticDescriptor ImmediateKeyMaterialLoss = Create(RuleIds.ImmediateKeyMaterialLoss, RuleCatalog.ImmediateKeyMaterialLoss);

    public static readonly DiagnosticDescriptor CustomKeyStoreDeletion = Create(RuleIds.CustomKeyStoreDeletion, RuleCatalog.CustomKeyStoreDeletion);

    public static readonly DiagnosticDescriptor AsymmetricEncryptionKeyDeletion = Create(RuleIds.AsymmetricEncryptionKeyDeletion, RuleCatalog.AsymmetricEncryptionKeyDeletion);

    public static readonly DiagnosticDescriptor MultiRegionPrimaryWithReplicas = Create(RuleIds.MultiRegionPrimaryWithReplicas, RuleCatalog.MultiRegionPrimaryWithReplicas);

    public static readonly DiagnosticDescriptor DisconnectedStoreWithPendingDeletion = Create(RuleIds.DisconnectedStoreWithPendingDeletion, RuleCatalog.DisconnectedStoreWithPendingDeletion);

    public static readonly DiagnosticDescriptor ScheduledWhileEnabled = Create(RuleIds.ScheduledWhileEnabled, RuleCatalog.ScheduledWhileEnabled);

    public static readonly DiagnosticDescriptor UseAfterCancelWithoutEnable = Create(RuleIds.UseAfterCancelWithoutEnable, RuleCatalog.UseAfterCancelWithoutEnable);

    public static readonly DiagnosticDescriptor UseWhilePendingDeletion = Create(RuleIds.UseWhilePendingDeletion, RuleCatalog.UseWhilePendingDeletion);

    public static readonly DiagnosticDescriptor AdministratorsCannotManageDeletion = Create(RuleIds.AdministratorsCannotManageDeletion, RuleCatalog.AdministratorsCannotManageDeletion);

    public static readonly DiagnosticDescriptor DeletionCannotBeCancelled = Create(RuleIds.DeletionCannotBeCancelled, RuleCatalog.DeletionCannotBeCancelled);

    public static readonly DiagnosticDescriptor AnyPrincipalCanScheduleDeletion = Create(RuleIds.AnyPrincipalCanScheduleDeletion, RuleCatalog.AnyPrincipalCanScheduleDeletion);

    public static readonly DiagnosticDescriptor LockoutSafetyCheckBypassed = Create(RuleIds.LockoutSafetyCheckBypassed, RuleCatalog.LockoutSafetyCheckBypassed);

    private static DiagnosticDescriptor Create(string id, RuleDescriptor rule, params string[] customTags) => new(
        id,
        rule.Title,
        rule.MessageFormat,
        rule.Category,
        rule.DefaultSeverity switch
        {
            RuleSeverity.Error => DiagnosticSeverity.Error,
            RuleSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        },
        isEnabledByDefault: true,
        description: rule.Description,
        helpLinkUri: rule.HelpLink,
        customTags: customTags);
}
