using System.Linq;

namespace KmsGuardrails.Rules.Documents;

/// <summary>
/// A node written out without positions or formatting, so two revisions of a value can be compared:
/// <c>!GetAtt Key.Arn</c> and <c>{"Fn::GetAtt": ...}</c> differ, a moved or re-indented value does not.
/// </summary>
public static class DocNodeText
{
    public static string Canonical(DocNode node) => node switch
    {
        DocScalar scalar => Tagged(scalar.Tag, scalar.Text is null ? "null" : Quote(scalar.Text)),
        DocList list => Tagged(list.Tag, "[" + string.Join(",", list.Items.Select(Canonical)) + "]"),
        DocMap map => Tagged(map.Tag, "{" + string.Join(",", map.Members.Select(m => Quote(m.Key) + ":" + Canonical(m.Value))) + "}"),
        DocUnknown unknown => "${" + unknown.Expression + "}",
        _ => string.Empty,
    };

    private static string Tagged(string? tag, string text) => tag is null ? text : tag + " " + text;

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
