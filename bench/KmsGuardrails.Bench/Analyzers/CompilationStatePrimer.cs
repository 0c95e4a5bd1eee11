// A measuring aid inside the bench, never shipped: the rules for analyzers that ship (release
// tracking, a netstandard2.0 assembly, extended analyzer rules) do not apply to it.
#pragma warning disable RS1036, RS1041, RS2008

using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KmsGuardrails.Bench.Analyzers;

/// <summary>
/// Runs first in the driver and builds the compilation's merged global namespace and first type
/// lookup, which whichever analyzer looks a type up first would otherwise be charged for (about
/// 2 ms on the 100-file program), although the compiler builds the same state for its own binding.
/// Its time is reported on its own, charged to no package.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CompilationStatePrimer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor NeverReported = new(
        "BENCH001", "Compilation state primer", "Never reported", "Bench", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(NeverReported);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
#pragma warning disable RS1012 // Registers nothing on purpose: the work is the lookups themselves.
        context.RegisterCompilationStartAction(start =>
        {
            _ = start.Compilation.GlobalNamespace.GetNamespaceMembers().ToList();
            _ = start.Compilation.GetTypeByMetadataName("System.Object");
        });
#pragma warning restore RS1012
    }
}
