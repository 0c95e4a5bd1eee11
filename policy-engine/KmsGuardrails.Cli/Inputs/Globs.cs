using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace KmsGuardrails.Cli.Inputs;

/// <summary>Glob patterns for --exclude: <c>*</c> within a path segment, <c>**</c> across segments, <c>?</c> one character.</summary>
internal static class Globs
{
    public static bool Matches(IEnumerable<string> patterns, string path) => patterns.Any(pattern => ToRegex(pattern).IsMatch(path));

    private static Regex ToRegex(string pattern)
    {
        var glob = pattern.Replace('\\', '/').TrimStart('.', '/');
        var regex = Regex.Escape(glob)
            .Replace(@"\*\*/", "(?:.*/)?")
            .Replace(@"\*\*", ".*")
            .Replace(@"\*", "[^/]*")
            .Replace(@"\?", "[^/]");

        // A pattern without a slash matches a name anywhere; a folder pattern matches what is inside.
        var prefix = glob.Contains('/') ? "^" : "(?:^|/)";
        return new Regex(prefix + regex + "(?:/.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
