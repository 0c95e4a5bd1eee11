using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using KmsGuardrails.Analyzers.Infrastructure;
using KmsGuardrails.Analyzers.Sdk;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Catalog;
using KmsGuardrails.Rules.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KmsGuardrails.Analyzers.Rules;

/// <summary>
/// KMS011–KMS013 on a key policy that is a compile-time constant given to CreateKey, PutKeyPolicy
/// or ReplicateKey, through the shared key-policy evaluator; KMS016 where
/// BypassPolicyLockoutSafetyCheck is set to true. A policy built at run time is not known and
/// raises nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KeyPolicyAnalyzer : DiagnosticAnalyzer
{
    private const string NewKey = "new key";

    private static readonly MethodNameSet MethodNames = KmsCall.MethodNames("CreateKey", "PutKeyPolicy", "ReplicateKey");

    private static readonly NamedOperations Calls = new(MethodNames.Names);

    private static readonly DiagnosticDescriptor AdministratorsCannotManageDeletion = KmsDiagnostics.For(RuleIds.AdministratorsCannotManageDeletion);

    private static readonly DiagnosticDescriptor DeletionCannotBeCancelled = KmsDiagnostics.For(RuleIds.DeletionCannotBeCancelled);

    private static readonly DiagnosticDescriptor AnyPrincipalCanScheduleDeletion = KmsDiagnostics.For(RuleIds.AnyPrincipalCanScheduleDeletion);

    private static readonly DiagnosticDescriptor LockoutSafetyCheckBypassed = KmsDiagnostics.For(RuleIds.LockoutSafetyCheckBypassed);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        AdministratorsCannotManageDeletion,
        DeletionCannotBeCancelled,
        AnyPrincipalCanScheduleDeletion,
        LockoutSafetyCheckBypassed);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (KmsSdk.TryCreate(start.Compilation) is { } sdk)
            {
                // A policy constant is usually given to several calls: evaluate each text once.
                var hazardsByPolicy = new ConcurrentDictionary<(string Json, KeyPolicyOptions Options), IReadOnlyList<Hazard>>();
                start.RegisterSemanticModelAction(c =>
                {
                    foreach (var operation in Calls.In(c))
                    {
                        if (operation is IInvocationOperation invocation && KmsCall.TryRead(invocation, sdk, MethodNames) is { } call)
                        {
                            Analyze(c, call, hazardsByPolicy);
                        }
                    }
                });
            }
        });
    }

    private void Analyze(SemanticModelAnalysisContext context, KmsCall call, ConcurrentDictionary<(string Json, KeyPolicyOptions Options), IReadOnlyList<Hazard>> hazardsByPolicy)
    {
        var subject = call.Api == "CreateKey" ? NewKey : KeyNames.Of(call.Argument("KeyId"));
        if (call.Argument("Policy") is { } policyArgument && ConstantValues.String(policyArgument) is { } json)
        {
            var options = AnalyzerSettings.Read(context.Options, policyArgument.Syntax.SyntaxTree).Policy;
            var hazards = hazardsByPolicy.GetOrAdd((json, options), static key => KeyPolicyReader.Read(key.Json).Policy is { } policy ? KeyPolicyHazards.Of(policy, key.Options) : Array.Empty<Hazard>());
            HazardReporter.Report(hazards, SupportedDiagnostics, policyArgument.Syntax.GetLocation(), subject, context);
        }

        if (call.Argument("BypassPolicyLockoutSafetyCheck") is { } bypass && ConstantValues.Boolean(bypass) == true)
        {
            HazardReporter.Report(new[] { KeyPolicyHazards.LockoutSafetyCheckBypassed(null) }, SupportedDiagnostics, bypass.Syntax.GetLocation(), subject, context);
        }
    }
}
