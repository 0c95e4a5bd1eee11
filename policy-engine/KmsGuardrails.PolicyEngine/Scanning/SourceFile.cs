namespace KmsGuardrails.PolicyEngine.Scanning;

/// <summary>A file to scan: where it is, and how reports name it.</summary>
public sealed record SourceFile(string FullPath, string DisplayPath);
