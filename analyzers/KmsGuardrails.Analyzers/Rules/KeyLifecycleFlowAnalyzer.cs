using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KmsGuardrails.Analyzers.Flow;
using KmsGuardrails.Analyzers.Infrastructure;
using KmsGuardrails.Analyzers.Sdk;
using KmsGuardrails.Rules.Catalog;
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
/// <remarks>
/// Driven by KMS calls rather than by methods: most methods of a program call no KMS method. The
/// calls are found by searching each tree's text for the client's method names
/// (<see cref="NamedOperations"/>); the body of each is analyzed once and reports its hazards at
/// the calls where they arise. Straight-line bodies are followed in evaluation order; only bodies
/// with branches build a control-flow graph.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KeyLifecycleFlowAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor AsymmetricEncryptionKeyDeletion = KmsDiagnostics.For(RuleIds.AsymmetricEncryptionKeyDeletion);

    private static readonly DiagnosticDescriptor MultiRegionPrimaryWithReplicas = KmsDiagnostics.For(RuleIds.MultiRegionPrimaryWithReplicas);

    private static readonly DiagnosticDescriptor DisconnectedStoreWithPendingDeletion = KmsDiagnostics.For(RuleIds.DisconnectedStoreWithPendingDeletion);

    private static readonly DiagnosticDescriptor ScheduledWhileEnabled = KmsDiagnostics.For(RuleIds.ScheduledWhileEnabled);

    private static readonly DiagnosticDescriptor UseAfterCancelWithoutEnable = KmsDiagnostics.For(RuleIds.UseAfterCancelWithoutEnable);

    private static readonly DiagnosticDescriptor UseWhilePendingDeletion = KmsDiagnostics.For(RuleIds.UseWhilePendingDeletion);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        AsymmetricEncryptionKeyDeletion,
        MultiRegionPrimaryWithReplicas,
        DisconnectedStoreWithPendingDeletion,
        ScheduledWhileEnabled,
        UseAfterCancelWithoutEnable,
        UseWhilePendingDeletion);

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

            var calls = new NamedOperations(sdk.MethodNames.Names);
            start.RegisterSemanticModelAction(c => AnalyzeTree(c, sdk, calls));
        });
    }

    private void AnalyzeTree(SemanticModelAnalysisContext context, KmsSdk sdk, NamedOperations calls)
    {
        var bodies = new HashSet<SyntaxNode>();
        foreach (var operation in calls.In(context))
        {
            if (operation is not IInvocationOperation invocation || !sdk.IsClientCall(invocation))
            {
                continue;
            }

            var body = OperationTree.Root(invocation);
            if (!bodies.Add(body.Syntax))
            {
                continue;
            }

            // One diagnostic per rule and place, however many paths or keys lead there.
            var reported = new HashSet<(string, Location)>();
            foreach (var site in Analyze(body, invocation, context, sdk))
            {
                if (reported.Add((site.Hazard.Rule.Id, site.Location)))
                {
                    HazardReporter.Report(new[] { site.Hazard }, SupportedDiagnostics, site.Location, site.Subject, context, site.Properties);
                }
            }
        }
    }

    private static IEnumerable<HazardSite> Analyze(IOperation body, IInvocationOperation anyCall, SemanticModelAnalysisContext context, KmsSdk sdk)
    {
        try
        {
            var scan = MethodScan.Of(body, sdk);
            if (!scan.CanRaiseHazards)
            {
                return Array.Empty<HazardSite>();
            }

            var options = AnalyzerSettings.Read(context.Options, body.Syntax.SyntaxTree).Lifecycle;
            var containingType = context.SemanticModel.GetEnclosingSymbol(anyCall.Syntax.SpanStart, context.CancellationToken)?.ContainingType;
            var analysis = new KeyFlowAnalysis(sdk, scan.Calls, options, containingType, context.CancellationToken);
            if (scan.IsStraightLine)
            {
                return analysis.AnalyzeStraightLine(body);
            }

            return ControlFlowGraphs.Of(body, context.CancellationToken) is { } graph ? analysis.Analyze(graph).ToList() : Array.Empty<HazardSite>();
        }
        catch (InsufficientExecutionStackException)
        {
            // Expressions nested thousands deep (generated code): give up on the body rather than
            // overflow the compiler's stack; the walks check the stack at every level.
            return Array.Empty<HazardSite>();
        }
    }
}
