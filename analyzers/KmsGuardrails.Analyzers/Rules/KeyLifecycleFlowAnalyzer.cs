using System.Collections.Generic;
using System.Collections.Immutable;
using KmsGuardrails.Analyzers.Flow;
using KmsGuardrails.Analyzers.Infrastructure;
using KmsGuardrails.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KmsGuardrails.Analyzers.Rules;

/// <summary>
/// KMS003, KMS004, KMS007–KMS010: follows each key through a method's control flow with the
/// lifecycle simulator. A key's facts come from the CreateKey request that made it, from
/// ReplicateKey, and from branches that tested its metadata; a key whose state or kind is not
/// known raises nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KeyLifecycleFlowAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        KmsDiagnostics.AsymmetricEncryptionKeyDeletion,
        KmsDiagnostics.MultiRegionPrimaryWithReplicas,
        KmsDiagnostics.DisconnectedStoreWithPendingDeletion,
        KmsDiagnostics.ScheduledWhileEnabled,
        KmsDiagnostics.UseAfterCancelWithoutEnable,
        KmsDiagnostics.UseWhilePendingDeletion);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (KmsSdk.TryCreate(start.Compilation) is not { } sdk)
            {
                return;
            }

            start.RegisterOperationBlockAction(c => AnalyzeBlocks(c, sdk));
        });
    }

    private void AnalyzeBlocks(OperationBlockAnalysisContext context, KmsSdk sdk)
    {
        // A constructor's initializer and body are separate blocks of one graph: analyze each graph once.
        var roots = new HashSet<IOperation>();
        var reported = new HashSet<(string, Location)>();
        foreach (var block in context.OperationBlocks)
        {
            if (!roots.Add(Root(block)))
            {
                continue;
            }

            // Cheap first pass: only methods whose KMS calls can teach something about a key build a control-flow graph.
            var calls = new Dictionary<SyntaxNode, KmsCall>();
            var readsMetadata = false;
            FindCalls(Root(block), sdk, calls, ref readsMetadata);
            if (!KeyFlowAnalysis.CanRaiseHazards(calls.Values, readsMetadata))
            {
                continue;
            }

            var options = AnalyzerSettings.Lifecycle(context.Options, block.Syntax.SyntaxTree);
            var analysis = new KeyFlowAnalysis(sdk, calls, options, context.OwningSymbol.ContainingType);
            foreach (var site in analysis.Analyze(context.GetControlFlowGraph(block)))
            {
                if (reported.Add((site.Hazard.Rule.Id, site.Location)))
                {
                    HazardReporter.Report(new[] { site.Hazard }, SupportedDiagnostics, site.Location, site.Subject, context.ReportDiagnostic, site.Properties);
                }
            }
        }
    }

    /// <summary>A recursive walk rather than Descendants(), which allocates an enumerator per node: this runs on every method.</summary>
    private static void FindCalls(IOperation operation, KmsSdk sdk, Dictionary<SyntaxNode, KmsCall> calls, ref bool readsMetadata)
    {
        switch (operation)
        {
            case IInvocationOperation invocation when KmsCall.TryRead(invocation, sdk) is { } call:
                calls[invocation.Syntax] = call;
                break;
            case IPropertyReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Property.ContainingType, sdk.KeyMetadata):
                readsMetadata = true;
                break;
        }

        foreach (var child in operation.ChildOperations)
        {
            FindCalls(child, sdk, calls, ref readsMetadata);
        }
    }

    private static IOperation Root(IOperation operation)
    {
        while (operation.Parent is not null)
        {
            operation = operation.Parent;
        }

        return operation;
    }
}
