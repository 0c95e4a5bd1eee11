using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KmsGuardrails.Analyzers.Rules;
using KmsGuardrails.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KmsGuardrails.Analyzers.Tests.Robustness;

/// <summary>
/// Runs every analyzer of the package on one source file, as the compiler and the IDE do, and
/// every code fix on what they report; collects what went wrong instead of what they found.
/// </summary>
internal static class AnalyzerHarness
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = Instances<DiagnosticAnalyzer>(typeof(PendingWindowAnalyzer));

    private static readonly ImmutableArray<CodeFixProvider> CodeFixes = Instances<CodeFixProvider>(typeof(PendingWindowCodeFixProvider));

    /// <summary>Analyzes <paramref name="code"/> and computes every fix offered for what is reported.</summary>
    public static async Task<HarnessRun> RunAsync(string code, IEnumerable<MetadataReference> references)
    {
        var failures = new List<string>();
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "Robustness",
            "Robustness",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: references));
        var document = workspace.AddDocument(project.Id, "Test.cs", SourceText.From(code));
        if ((await document.GetSyntaxRootAsync())!.ChildNodes().OfType<GlobalStatementSyntax>().Any())
        {
            // Top-level statements make a program.
            document = document.Project.WithCompilationOptions(document.Project.CompilationOptions!.WithOutputKind(OutputKind.ConsoleApplication)).GetDocument(document.Id)!;
        }

        var compilation = (await document.Project.GetCompilationAsync())!;
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => { lock (failures) { failures.Add($"{analyzer.GetType().Name} threw {exception}"); } },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);

        var diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync();

        failures.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()));
        var fixesComputed = 0;
        foreach (var diagnostic in diagnostics.Where(d => d.Location.IsInSource))
        {
            foreach (var fix in CodeFixes.Where(fix => fix.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                try
                {
                    fixesComputed += await ApplyAsync(fix, document, diagnostic);
                }
                catch (Exception exception)
                {
                    failures.Add($"{fix.GetType().Name} threw on {diagnostic}: {exception}");
                }
            }
        }

        return new HarnessRun(failures, diagnostics.Select(d => d.Id).ToList(), fixesComputed);
    }

    /// <summary>Registers the fix's actions as the IDE's light bulb does, and computes each change; returns how many.</summary>
    private static async Task<int> ApplyAsync(CodeFixProvider fix, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        foreach (var action in actions)
        {
            foreach (var operation in await action.GetOperationsAsync(CancellationToken.None))
            {
                if (operation is ApplyChangesOperation change)
                {
                    _ = await change.ChangedSolution.GetDocument(document.Id)!.GetSyntaxRootAsync();
                }
            }
        }

        return actions.Count;
    }

    private static ImmutableArray<T> Instances<T>(Type anyInAssembly) => anyInAssembly.Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(T).IsAssignableFrom(type))
        .Select(type => (T)Activator.CreateInstance(type)!)
        .ToImmutableArray();
}
