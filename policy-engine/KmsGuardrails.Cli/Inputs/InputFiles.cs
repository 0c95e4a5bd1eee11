using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.Rules;

namespace KmsGuardrails.Cli.Inputs;

/// <summary>
/// Expands the paths given on the command line into the files to scan: files as given, folders
/// recursively with the default patterns, minus the excluded folders and globs. Symbolic links to
/// folders are not followed, so a link loop cannot trap the walk; a loop is reported as a warning.
/// </summary>
internal static class InputFiles
{
    /// <summary>Template, plan, policy and Terraform files; content decides what each JSON or YAML file is.</summary>
    private static readonly string[] Extensions = { ".json", ".yaml", ".yml", ".template", ".tf" };

    /// <summary>Folders that hold tools' state, dependencies or build output, never inputs.</summary>
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        ".git", ".terraform", "node_modules", "bin", "obj", "cdk.out", ".aws-sam", ".serverless", ".venv", "__pycache__",
    };

    public static (IReadOnlyList<InputFile> Files, IReadOnlyList<InputProblem> Problems) Find(IEnumerable<string> paths, string root, IReadOnlyList<string> excludes)
    {
        var files = new List<InputFile>();
        var problems = new List<InputProblem>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                files.Add(new InputFile(full, Display(full, root)));
            }
            else if (Directory.Exists(full))
            {
                Walk(full, root, excludes, files, problems);
            }
            else
            {
                problems.Add(new InputProblem(path, new SourcePosition(1, 1), "no such file or folder"));
            }
        }

        var unique = files.GroupBy(f => f.FullPath, StringComparer.Ordinal).Select(g => g.First())
            .Where(f => !Globs.Matches(excludes, f.DisplayPath))
            .OrderBy(f => f.DisplayPath, StringComparer.Ordinal)
            .ToList();
        return (unique, problems.OrderBy(p => p.File, StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// Whether a scan of <paramref name="paths"/> reads <paramref name="fullPath"/>, decided from the
    /// path alone, so it also answers for a file that no longer exists (a pull request deleted it).
    /// </summary>
    public static bool IsInScope(string fullPath, IEnumerable<string> paths, string root, IReadOnlyList<string> excludes)
    {
        if (Globs.Matches(excludes, Display(fullPath, root)))
        {
            return false;
        }

        foreach (var target in paths.Select(p => Path.GetFullPath(p)))
        {
            if (string.Equals(fullPath, target, StringComparison.Ordinal))
            {
                return true;
            }

            var relative = Path.GetRelativePath(target, fullPath);
            if (IsOutside(relative) || !Extensions.Any(e => fullPath.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            // The folder walk would have reached it: no skipped or excluded folder on the way.
            var folder = target;
            var reached = true;
            foreach (var name in relative.Replace('\\', '/').Split('/').SkipLast(1))
            {
                folder = Path.Combine(folder, name);
                reached &= !SkippedFolders.Contains(name) && !Globs.Matches(excludes, Display(folder, root) + "/");
            }

            if (reached)
            {
                return true;
            }
        }

        return false;
    }

    private static void Walk(string folder, string root, IReadOnlyList<string> excludes, List<InputFile> files, List<InputProblem> problems)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            try
            {
                foreach (var entry in new DirectoryInfo(current).EnumerateFileSystemInfos())
                {
                    if (entry is DirectoryInfo directory)
                    {
                        var isLink = directory.Attributes.HasFlag(FileAttributes.ReparsePoint);
                        if (isLink && LoopsBack(directory))
                        {
                            problems.Add(new InputProblem(Display(directory.FullName, root), new SourcePosition(1, 1), "not followed: a symbolic link that loops back to a folder containing it", IsError: false));
                        }
                        else if (!isLink && !SkippedFolders.Contains(directory.Name) && !Globs.Matches(excludes, Display(directory.FullName, root) + "/"))
                        {
                            pending.Push(directory.FullName);
                        }
                    }
                    else if (Extensions.Any(e => entry.Name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                    {
                        files.Add(new InputFile(entry.FullName, Display(entry.FullName, root)));
                    }
                }
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                var display = Display(current, root);
                problems.Add(new InputProblem(display, new SourcePosition(1, 1), "the folder cannot be read: " + UnreadableInput.Reason(error, current, display)));
            }
        }
    }

    /// <summary>Paths in reports are relative to the scanned root, with forward slashes.</summary>
    public static string Display(string fullPath, string root)
    {
        var relative = Path.GetRelativePath(root, fullPath);
        return (IsOutside(relative) ? fullPath : relative).Replace('\\', '/');
    }

    /// <summary>A relative path that climbs out of its base; "..data/x.json" is a folder named "..data" inside it.</summary>
    private static bool IsOutside(string relative) =>
        relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative);

    private static string WithSeparator(string folder) => Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;

    /// <summary>A link to the folder it is in or to one above it, or a chain of links without end.</summary>
    private static bool LoopsBack(DirectoryInfo link)
    {
        try
        {
            var target = link.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            return target is not null && WithSeparator(link.Parent!.FullName).StartsWith(WithSeparator(target), StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return true;
        }
    }
}
