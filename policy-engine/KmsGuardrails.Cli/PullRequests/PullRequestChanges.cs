using System;
using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.Cli.Inputs;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.Rules;

namespace KmsGuardrails.Cli.PullRequests;

/// <summary>
/// What a pull request changes, against the base revision <c>--diff-base</c> names: the files to
/// compare for KMS015 (modified, renamed or deleted, within the scanned paths) and every changed
/// file, for <c>--changed-only</c>.
/// </summary>
internal sealed class PullRequestChanges
{
    private PullRequestChanges(GitRepository repository, string reference, string commit, IReadOnlyList<ComparedFile> compared, IReadOnlyCollection<string> changed)
    {
        Repository = repository;
        Label = reference;
        Commit = commit;
        Compared = compared;
        ChangedFullPaths = changed;
    }

    public GitRepository Repository { get; }

    /// <summary>The base revision as the user named it, for messages.</summary>
    public string Label { get; }

    public string Commit { get; }

    public IReadOnlyList<ComparedFile> Compared { get; }

    /// <summary>Full paths of the files added, modified or renamed since the base revision.</summary>
    public IReadOnlyCollection<string> ChangedFullPaths { get; }

    /// <summary>The changes since <paramref name="reference"/>, or a problem saying why they cannot be known.</summary>
    /// <param name="inScope">Whether a path (full) is one the scan would read, also for files that no longer exist.</param>
    public static (PullRequestChanges? Changes, InputProblem? Problem) Find(string reference, string folder, string root, Func<string, bool> inScope)
    {
        var (repository, openError) = GitRepository.Open(folder);
        if (repository is null)
        {
            return (null, Problem(openError!));
        }

        var (commit, resolveError) = repository.ResolveCommit(reference);
        if (commit is null)
        {
            return (null, Problem(resolveError!));
        }

        var (changes, diffError) = repository.ChangesSince(commit);
        if (diffError is not null)
        {
            return (null, Problem(diffError));
        }

        var compared = new List<ComparedFile>();
        foreach (var change in changes.Where(c => c.Status is 'M' or 'T' or 'R' or 'D'))
        {
            var baseFull = repository.FullPath(change.OldPath!);
            var headFull = change.NewPath is null ? null : repository.FullPath(change.NewPath);
            if (headFull is null ? inScope(baseFull) : inScope(headFull))
            {
                compared.Add(new ComparedFile(change.OldPath!, InputFiles.Display(baseFull, root), headFull, InputFiles.Display(headFull ?? baseFull, root)));
            }
        }

        var changed = changes.Where(c => c.NewPath is not null).Select(c => repository.FullPath(c.NewPath!)).ToHashSet(StringComparer.Ordinal);
        return (new PullRequestChanges(repository, reference, commit, compared, changed), null);
    }

    private static InputProblem Problem(string message) => new("--diff-base", new SourcePosition(1, 1), message);
}
