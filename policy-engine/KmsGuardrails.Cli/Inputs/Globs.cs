using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace KmsGuardrails.Cli.Inputs;

/// <summary>
/// Glob patterns for --exclude: <c>*</c> within a path segment, <c>**</c> across segments,
/// <c>?</c> one character. A pattern matches from any folder down (<c>legacy/**</c> matches
/// <c>infra/legacy/a.yaml</c>) unless it starts with <c>/</c>, which anchors it at the scanned root.
/// </summary>
internal static class Globs
{
    public static bool Matches(IEnumerable<string> patterns, string path) => patterns.Any(pattern => ToRegex(pattern).IsMatch(path));

    private static Regex ToRegex(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var anchored = normalized.StartsWith("/", System.StringComparison.Ordinal);
        var glob = normalized.TrimStart('.', '/');
        var regex = Regex.Escape(glob)
            .Replace(@"\*\*/", "(?:.*/)?")
            .Replace(@"\*\*", ".*")
            .Replace(@"\*", "[^/]*")
            .Replace(@"\?", "[^/]");

        // A folder pattern also matches everything inside the folder.
        var prefix = anchored ? "^" : "(?:^|/)";
        return new Regex(prefix + regex + "(?:/.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
