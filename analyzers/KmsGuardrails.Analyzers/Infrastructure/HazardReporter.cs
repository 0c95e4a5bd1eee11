using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KmsGuardrails.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KmsGuardrails.Analyzers.Infrastructure;

/// <summary>Turns the hazards of the shared simulator or evaluator into diagnostics of the analyzer that asked.</summary>
internal static class HazardReporter
{
    /// <summary>
    /// Reports the hazards the analyzer supports at <paramref name="location"/>, when it lies in the
    /// span analyzed: the IDE asks for one span at a time, while the analyzers read whole files.
    /// </summary>
    public static void Report(
        IEnumerable<Hazard> hazards,
        IEnumerable<DiagnosticDescriptor> supported,
        Location location,
        string subject,
        SemanticModelAnalysisContext context,
        ImmutableDictionary<string, string?>? properties = null)
    {
        if (context.FilterSpan is { } span && !span.IntersectsWith(location.SourceSpan))
        {
            return;
        }

        foreach (var hazard in hazards)
        {
            var descriptor = supported.FirstOrDefault(d => d.Id == hazard.Rule.Id);
            if (descriptor is null)
            {
                // Another analyzer reports it: each C# rule has exactly one owner (RuleOwnershipTests).
                continue;
            }

            var arguments = new object[hazard.Arguments.Count + 1];
            arguments[0] = hazard.Subject ?? subject;
            for (var i = 0; i < hazard.Arguments.Count; i++)
            {
                arguments[i + 1] = hazard.Arguments[i];
            }

            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, properties, arguments));
        }
    }
}
