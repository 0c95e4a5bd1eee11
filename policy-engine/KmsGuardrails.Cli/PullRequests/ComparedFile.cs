namespace KmsGuardrails.Cli.PullRequests;

/// <summary>A file to compare between the base revision and the head: its git path at the base, and where it is now (null when deleted).</summary>
internal sealed record ComparedFile(string BaseGitPath, string BaseDisplayPath, string? HeadFullPath, string HeadDisplayPath);
