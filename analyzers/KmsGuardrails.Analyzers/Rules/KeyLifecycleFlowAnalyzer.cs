using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
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
/// <remarks>
/// Driven by KMS calls rather than by methods: most methods of a program call no KMS method, and an
/// invocation callback that checks a name is the cheapest way to pass them by. The first KMS call
/// of a method analyzes the whole method once; every KMS call then reports the hazards found at
/// itself, so each diagnostic stays local to the operation that reports it, as the IDE's
/// span-based analysis and code fixes need. Straight-line methods are followed in evaluation
/// order; only methods with branches build a control-flow graph.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KeyLifecycleFlowAnalyzer : DiagnosticAnalyzer
{
    private static readonly ILookup<SyntaxNode, HazardSite> NoSites = Array.Empty<HazardSite>().ToLookup(site => site.Call);

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

            // The hazards of each body analyzed so far, by call, under the body's syntax: computed once,
            // by whichever of its KMS calls comes first. An analysis that was cancelled or failed is
            // not kept (PublicationOnly), so a later request on the same compilation computes it anew.
            var bodies = new ConcurrentDictionary<SyntaxNode, Lazy<ILookup<SyntaxNode, HazardSite>>>(SyntaxIdentityComparer.Instance);
            start.RegisterOperationAction(c => ReportAtCall(c, sdk, bodies), OperationKind.Invocation);
        });
    }

    private void ReportAtCall(OperationAnalysisContext context, KmsSdk sdk, ConcurrentDictionary<SyntaxNode, Lazy<ILookup<SyntaxNode, HazardSite>>> bodies)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!sdk.IsClientCall(invocation))
        {
            return;
        }

        var root = OperationTree.Root(invocation);
        // Looked up before adding: the factory's closure copies the context, and most calls find their body analyzed.
        if (!bodies.TryGetValue(root.Syntax, out var body))
        {
            body = bodies.GetOrAdd(root.Syntax, new Lazy<ILookup<SyntaxNode, HazardSite>>(() => Analyze(root, context, sdk), LazyThreadSafetyMode.PublicationOnly));
        }

        foreach (var site in body.Value[invocation.Syntax])
        {
            HazardReporter.Report(new[] { site.Hazard }, SupportedDiagnostics, site.Location, site.Subject, context.ReportDiagnostic, site.Properties);
        }
    }

    private static ILookup<SyntaxNode, HazardSite> Analyze(IOperation root, OperationAnalysisContext context, KmsSdk sdk)
    {
        try
        {
            var scan = MethodScan.Of(root, sdk);
            if (!scan.CanRaiseHazards)
            {
                return NoSites;
            }

            var options = AnalyzerSettings.Lifecycle(context.Options, root.Syntax.SyntaxTree);
            var analysis = new KeyFlowAnalysis(sdk, scan.Calls, options, context.ContainingSymbol.ContainingType, context.CancellationToken);
            var sites = scan.IsStraightLine ? analysis.AnalyzeStraightLine(root) : analysis.Analyze(context.GetControlFlowGraph());

            // One diagnostic per rule and place, however many paths or keys lead there.
            var reported = new HashSet<(string, Location)>();
            return sites.Where(site => reported.Add((site.Hazard.Rule.Id, site.Location))).ToLookup(site => site.Call, SyntaxIdentityComparer.Instance);
        }
        catch (InsufficientExecutionStackException)
        {
            // Expressions nested thousands deep (generated code): give up on the method rather than
            // overflow the compiler's stack; the walks check the stack at every level.
            return NoSites;
        }
    }
}
