using System;
using System.Collections.Immutable;
using KmsGuardrails.Analyzers.Sdk;
using KmsGuardrails.Rules.Lifecycle;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KmsGuardrails.Analyzers.Infrastructure;

/// <summary>
/// The shared shape of the analyzers whose hazards follow from one call alone: translate the call,
/// ask the simulator about a key of unknown state, report the analyzer's own rules.
/// </summary>
internal static class SingleCallAnalysis
{
    public static void Register(
        AnalysisContext context,
        ImmutableArray<DiagnosticDescriptor> supported,
        MethodNameSet methodNames,
        Func<KeyAction, Location> locate)
    {
        context.RegisterCompilationStartAction(start =>
        {
            if (KmsSdk.TryCreate(start.Compilation) is not { } sdk)
            {
                return;
            }

            var calls = new NamedOperations(methodNames.Names);
            start.RegisterSemanticModelAction(c =>
            {
                foreach (var operation in calls.In(c))
                {
                    if (operation is not IInvocationOperation invocation || KmsCall.TryRead(invocation, sdk, methodNames) is not { } call)
                    {
                        continue;
                    }

                    var options = AnalyzerSettings.Read(c.Options, c.SemanticModel.SyntaxTree).Lifecycle;
                    foreach (var action in call.Actions)
                    {
                        var step = KeyLifecycle.Apply(KeyStateSet.Unknown, action.Facts, action.Operation, options);
                        HazardReporter.Report(step.Hazards, supported, locate(action), KeyNames.Of(action.KeyId), c);
                    }
                }
            });
        });
    }
}
