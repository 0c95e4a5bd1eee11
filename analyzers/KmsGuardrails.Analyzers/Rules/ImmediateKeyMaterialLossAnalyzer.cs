using System.Collections.Immutable;
using KmsGuardrails.Analyzers.Infrastructure;
using KmsGuardrails.Analyzers.Sdk;
using KmsGuardrails.Rules.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KmsGuardrails.Analyzers.Rules;

/// <summary>
/// KMS005: DeleteImportedKeyMaterial, and ImportKeyMaterial with material that expires (the
/// default), make a key unusable at once with no waiting period.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ImmediateKeyMaterialLossAnalyzer : DiagnosticAnalyzer
{
    private static readonly MethodNameSet MethodNames = KmsCall.MethodNames("DeleteImportedKeyMaterial", "ImportKeyMaterial");

    private static readonly DiagnosticDescriptor ImmediateKeyMaterialLoss = KmsDiagnostics.For(RuleIds.ImmediateKeyMaterialLoss);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(ImmediateKeyMaterialLoss);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        SingleCallAnalysis.Register(context, SupportedDiagnostics, MethodNames, Locate);
    }

    /// <summary>On the ExpirationModel that says the material expires, else on the call.</summary>
    private static Location Locate(KeyAction action) =>
        action.Call.Argument("ExpirationModel") is { } model
            ? model.Syntax.GetLocation()
            : CallLocations.NameOf(action.Call.Invocation);
}
