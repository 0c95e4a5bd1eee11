using System;
using System.Collections.Generic;
using System.Linq;

namespace KmsGuardrails.Analyzers.Infrastructure;

/// <summary>
/// Finds, in a text, the names written just before a punctuation mark: the method names of
/// invocations before their '(' or the member names of assignments before their '='. The mark is
/// found by a vectorised character search and the word before it is read backwards, so one pass
/// costs the same for two names or a hundred, and no string is built per word.
/// </summary>
internal sealed class NameSearch
{
    private static readonly bool[] AsciiWordCharacters = Enumerable.Range(0, 128).Select(c => char.IsLetterOrDigit((char)c) || c == '_').ToArray();

    private readonly char mark;

    /// <summary>The names, by length: a word is compared only with the names as long as it is.</summary>
    private readonly string[]?[] namesByLength;

    public NameSearch(char mark, IEnumerable<string> names)
    {
        this.mark = mark;
        var distinct = names.Distinct(StringComparer.Ordinal).ToList();
        namesByLength = new string[]?[distinct.Select(name => name.Length).DefaultIfEmpty(0).Max() + 1];
        foreach (var sameLength in distinct.GroupBy(name => name.Length))
        {
            namesByLength[sameLength.Key] = sameLength.ToArray();
        }
    }

    /// <summary>
    /// Adds to <paramref name="names"/> where each name written before the mark starts, and to
    /// <paramref name="unclear"/> the marks the text alone cannot answer for: those after a line break,
    /// other whitespace than spaces and tabs, a comment, a closing parenthesis or a character outside
    /// ASCII, where a comment, a directive or a formatting character may stand inside or after a name,
    /// or the name may be in parentheses.
    /// </summary>
    public void Find(string text, List<int> names, List<int> unclear)
    {
        for (var at = text.IndexOf(mark); at >= 0; at = text.IndexOf(mark, at + 1))
        {
            if (mark == '=' && at + 1 < text.Length && text[at + 1] is '=' or '>')
            {
                continue; // == and =>, not an assignment's sign
            }

            var end = at;
            while (end > 0 && text[end - 1] is ' ' or '\t')
            {
                end--;
            }

            var start = end;
            while (start > 0 && text[start - 1] < 128 && AsciiWordCharacters[text[start - 1]])
            {
                start--;
            }

            var before = start > 0 ? text[start - 1] : ' ';
            if (before >= 128 || (start == end && start > 0 && (before is '/' or ')' || char.IsWhiteSpace(before))))
            {
                unclear.Add(at);
            }
            else if (IsName(text, start, end - start))
            {
                names.Add(start);
            }
        }
    }

    private bool IsName(string text, int start, int length)
    {
        if (length == 0 || length >= namesByLength.Length || namesByLength[length] is not { } candidates)
        {
            return false;
        }

        foreach (var name in candidates)
        {
            if (text[start] == name[0] && string.CompareOrdinal(text, start, name, 0, length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
