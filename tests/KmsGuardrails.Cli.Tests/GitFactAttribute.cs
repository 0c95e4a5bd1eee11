namespace KmsGuardrails.Cli.Tests;

/// <summary>A test that needs the git executable; skipped with the reason when it is absent.</summary>
public sealed class GitFactAttribute : FactAttribute
{
    public GitFactAttribute()
    {
        if (GitRepository.SkipReason is not null)
        {
            Skip = GitRepository.SkipReason;
        }
    }
}
