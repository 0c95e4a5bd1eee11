using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KmsGuardrails.Bench.Analyzers;

/// <summary>
/// One generated program: its parsed files and references, from which a fresh compilation (with
/// no cached binding) is made for every measurement. Single-threaded, like the analyzer runs.
/// </summary>
internal sealed class BenchCompilation
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: false);

    private readonly IReadOnlyList<SyntaxTree> trees;
    private readonly IReadOnlyList<MetadataReference> references;

    public BenchCompilation(string name, IReadOnlyList<GeneratedSource> sources, IReadOnlyList<MetadataReference> references)
    {
        Name = name;
        trees = sources.Select(source => CSharpSyntaxTree.ParseText(source.Text, ParseOptions, source.Path)).ToList();
        this.references = references;
        Files = sources.Count;
        Lines = sources.Sum(source => source.Text.Count(c => c == '\n'));
    }

    public string Name { get; }

    public int Files { get; }

    public int Lines { get; }

    public CSharpCompilation Fresh() => CSharpCompilation.Create(Name.Replace(' ', '_'), trees, references, Options);
}
