namespace KmsGuardrails.Bench.Analyzers;

/// <summary>One generated C# file.</summary>
internal sealed record GeneratedSource(string Path, string Text);
