using System;
using System.Collections.Generic;
using System.IO;
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

    private readonly IReadOnlyList<GeneratedSource> sources;
    private readonly IReadOnlyList<SyntaxTree> trees;
    private readonly IReadOnlyList<MetadataReference> references;

    public BenchCompilation(string name, IReadOnlyList<GeneratedSource> sources, IReadOnlyList<MetadataReference> references)
    {
        Name = name;
        this.sources = sources;
        trees = sources.Select(source => CSharpSyntaxTree.ParseText(source.Text, ParseOptions, source.Path)).ToList();
        this.references = references;
        Files = sources.Count;
        Lines = sources.Sum(source => source.Text.Count(c => c == '\n'));
    }

    public string Name { get; }

    public int Files { get; }

    public int Lines { get; }

    public CSharpCompilation Fresh() => Create(trees);

    /// <summary>What csc does in a build: parse every file, bind, and emit the assembly (to memory).</summary>
    public void CompileFromSource()
    {
        var parsed = sources.Select(source => CSharpSyntaxTree.ParseText(source.Text, ParseOptions, source.Path)).ToList();
        using var assembly = new MemoryStream();
        var result = Create(parsed).Emit(assembly);
        if (!result.Success)
        {
            throw new InvalidOperationException($"the generated {Name} program does not compile");
        }
    }

    private CSharpCompilation Create(IEnumerable<SyntaxTree> syntaxTrees) => CSharpCompilation.Create(Name.Replace(' ', '_'), syntaxTrees, references, Options);
}
