namespace KmsGuardrails.Cli.PullRequests;

/// <summary>
/// One changed file as git reports it: A added (or untracked), D deleted, M modified, R renamed,
/// C copied, T type changed. Paths are relative to the repository root, with forward slashes.
/// </summary>
internal sealed record GitChange(char Status, string? OldPath, string? NewPath);
