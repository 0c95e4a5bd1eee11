using System.Collections.Immutable;
using System.Globalization;
using KmsGuardrails.Analyzers.Infrastructure;
using KmsGuardrails.Analyzers.Sdk;
using KmsGuardrails.Rules.Catalog;
using KmsGuardrails.Rules.Lifecycle;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KmsGuardrails.Analyzers.Rules;

/// <summary>
/// KMS001, KMS002: a constant deletion waiting period outside 7 to 30 days, or below the
/// configured minimum, wherever it is written: a request's initializer, a later assignment to
/// the request, or the convenience overload's argument.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PendingWindowAnalyzer : DiagnosticAnalyzer
{
    private const string PendingWindowInDays = "PendingWindowInDays";

    private static readonly MethodNameSet MethodNames = KmsCall.MethodNames("ScheduleKeyDeletion");

    /// <summary>The convenience overload's calls, and the assignments to the request's property wherever the request is.</summary>
    private static readonly NamedOperations CallsAndAssignments = new(MethodNames.Names, new[] { PendingWindowInDays });

    private static readonly DiagnosticDescriptor PendingWindowOutOfRange = KmsDiagnostics.For(RuleIds.PendingWindowOutOfRange);

    private static readonly DiagnosticDescriptor PendingWindowBelowMinimum = KmsDiagnostics.For(RuleIds.PendingWindowBelowMinimum);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(PendingWindowOutOfRange, PendingWindowBelowMinimum);

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

            start.RegisterSemanticModelAction(c =>
            {
                foreach (var operation in CallsAndAssignments.In(c))
                {
                    switch (operation)
                    {
                        case ISimpleAssignmentOperation assignment:
                            AnalyzeAssignment(c, assignment);
                            break;
                        case IInvocationOperation invocation:
                            AnalyzeInvocation(c, invocation, sdk);
                            break;
                    }
                }
            });
        });
    }

    private void AnalyzeAssignment(SemanticModelAnalysisContext context, ISimpleAssignmentOperation assignment)
    {
        if (assignment.Target is not IPropertyReferenceOperation { Property.Name: PendingWindowInDays } property
            || !KmsSdk.IsModelType(property.Property.ContainingType, "ScheduleKeyDeletionRequest"))
        {
            return;
        }

        var request = property.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
            ? FindCreation(assignment)
            : property.Instance;
        var keyId = request is null ? null : RequestValues.Read(request)["KeyId"];
        Check(context, assignment.Value, keyId);
    }

    private void AnalyzeInvocation(SemanticModelAnalysisContext context, IInvocationOperation invocation, KmsSdk sdk)
    {
        if (!MethodNames.Contains(invocation.TargetMethod.Name))
        {
            return;
        }

        // The request-object form is checked where the property is assigned; only the convenience overload is left.
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "pendingWindowInDays" && argument.ArgumentKind != ArgumentKind.DefaultValue
                && KmsCall.TryRead(invocation, sdk, MethodNames) is { } call)
            {
                Check(context, argument.Value, call.Argument("KeyId"));
            }
        }
    }

    private void Check(SemanticModelAnalysisContext context, IOperation window, IOperation? keyId)
    {
        if (!ConstantValues.TryGetInt32(window, out var days))
        {
            return;
        }

        var options = AnalyzerSettings.Read(context.Options, window.Syntax.SyntaxTree).Lifecycle;
        var step = KeyLifecycle.Apply(KeyStateSet.Unknown, KeyFacts.Unknown, KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(days)), options);

        // The fix: the organisation's minimum when one is configured, else the API default of 30.
        var safeDays = options.MinimumPendingWindowDays > PendingWindow.MinimumDays ? options.MinimumPendingWindowDays : PendingWindow.DefaultDays;
        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.SafePendingWindowDays, safeDays.ToString(CultureInfo.InvariantCulture));
        HazardReporter.Report(step.Hazards, SupportedDiagnostics, window.Syntax.GetLocation(), KeyNames.Of(keyId), context, properties);
    }

    private static IOperation? FindCreation(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IObjectCreationOperation)
            {
                return current;
            }
        }

        return null;
    }
}
