using System.Collections.Immutable;
using KmsGuardrails.Analyzers.Infrastructure;
using KmsGuardrails.Analyzers.Sdk;
using KmsGuardrails.Rules.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KmsGuardrails.Analyzers.Rules;

/// <summary>KMS006: DeleteCustomKeyStore is irreversible; DisconnectCustomKeyStore is the safe alternative.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CustomKeyStoreDeletionAnalyzer : DiagnosticAnalyzer
{
    private static readonly MethodNameSet MethodNames = KmsCall.MethodNames("DeleteCustomKeyStore");

    private static readonly DiagnosticDescriptor CustomKeyStoreDeletion = KmsDiagnostics.For(RuleIds.CustomKeyStoreDeletion);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(CustomKeyStoreDeletion);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        SingleCallAnalysis.Register(context, SupportedDiagnostics, MethodNames, Locate);
    }

    private static Location Locate(KeyAction action) => CallLocations.NameOf(action.Call.Invocation);
}
