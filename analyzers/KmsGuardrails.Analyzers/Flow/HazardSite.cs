using System.Collections.Immutable;
using KmsGuardrails.Rules;
using Microsoft.CodeAnalysis;

namespace KmsGuardrails.Analyzers.Flow;

/// <summary>A hazard found at one call, where it is reported, with the name of the key it is about.</summary>
internal readonly record struct HazardSite(Hazard Hazard, Location Location, string Subject, ImmutableDictionary<string, string?> Properties);
