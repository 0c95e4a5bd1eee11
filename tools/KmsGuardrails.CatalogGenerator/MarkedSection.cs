using System;

namespace KmsGuardrails.CatalogGenerator;

/// <summary>
/// A generated part of a hand-written Markdown file, between two HTML comments that Markdown
/// renderers hide: everything outside the markers is left as written.
/// </summary>
public static class MarkedSection
{
    public const string Begin = "<!-- generated from the rule catalog by tools/KmsGuardrails.CatalogGenerator: edit the catalog, not this table -->";

    public const string End = "<!-- end of generated table -->";

    /// <summary><paramref name="text"/> with the lines between the markers replaced by <paramref name="body"/>.</summary>
    public static string Replace(string text, string file, string body)
    {
        var begin = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin || text.IndexOf(Begin, begin + Begin.Length, StringComparison.Ordinal) >= 0)
        {
            throw new GenerationException($"{file}: expected one line '{Begin}' and, after it, one line '{End}' around the generated table");
        }

        var start = begin + Begin.Length;
        return text.Substring(0, start) + "\n" + body + text.Substring(end);
    }
}
