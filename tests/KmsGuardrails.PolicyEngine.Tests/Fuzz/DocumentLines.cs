using System.Collections.Generic;
using System.Linq;
using System.Text;
using KmsGuardrails.Rules;

namespace KmsGuardrails.PolicyEngine.Tests.Fuzz;

/// <summary>
/// The lines of an input, to tell whether a reported position lies inside it. JSON breaks lines at
/// \n, \r\n and \r; YAML also at U+0085, U+2028 and U+2029. A position is inside when it is inside
/// under either convention: on an existing line, at most one column after its last character.
/// </summary>
internal sealed class DocumentLines
{
    private static readonly char[] YamlBreaks = { '\u0085', '\u2028', '\u2029' };

    private readonly IReadOnlyList<int> jsonLines;
    private readonly IReadOnlyList<int> yamlLines;

    public DocumentLines(byte[] bytes)
    {
        // Invalid bytes decode to one U+FFFD each, never fewer characters than the reader saw.
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var text = Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
        jsonLines = Lengths(text, c => false);
        yamlLines = Lengths(text, c => YamlBreaks.Contains(c));
    }

    public bool Contains(SourcePosition position) => Within(jsonLines, position) || Within(yamlLines, position);

    private static bool Within(IReadOnlyList<int> lines, SourcePosition position) =>
        position.Line >= 1 && position.Column >= 1 && position.Line <= lines.Count && position.Column <= lines[position.Line - 1] + 1;

    private static List<int> Lengths(string text, System.Func<char, bool> isExtraBreak)
    {
        var lengths = new List<int>();
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' || isExtraBreak(c))
            {
                lengths.Add(length);
                length = 0;
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                length++;
            }
        }

        lengths.Add(length);
        return lengths;
    }
}
