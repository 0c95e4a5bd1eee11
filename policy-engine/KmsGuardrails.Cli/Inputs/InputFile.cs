namespace KmsGuardrails.Cli.Inputs;

/// <summary>A file to scan: where it is, and how reports name it (relative to the scanned root).</summary>
internal sealed record InputFile(string FullPath, string DisplayPath);
