using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KmsGuardrails.Rules;
using Microsoft.CodeAnalysis;

namespace KmsGuardrails.Analyzers.Infrastructure;

/// <summary>Turns the hazards of the shared simulator or evaluator into diagnostics of the analyzer that asked.</summary>
internal static class HazardReporter
{
    public static void Report(
        IEnumerable<Hazard> hazards,
        IEnumerable<DiagnosticDescriptor> supported,
        Location location,
        string subject,
        Action<Diagnostic> report,
        ImmutableDictionary<string, string?>? properties = null)
    {
        foreach (var hazard in hazards)
        {
            var descriptor = supported.FirstOrDefault(d => d.Id == hazard.Rule.Id);
            if (descriptor is null)
            {
                continue;
            }

            var arguments = new object[hazard.Arguments.Count + 1];
            arguments[0] = hazard.Subject ?? subject;
            for (var i = 0; i < hazard.Arguments.Count; i++)
            {
                arguments[i + 1] = hazard.Arguments[i];
            }

            report(Diagnostic.Create(descriptor, location, properties, arguments));
        }
    }
}
