using System.Globalization;

namespace KmsGuardrails.Rules.Documents;

/// <summary>A string, number, boolean or null, kept as written; readers interpret it as they need.</summary>
public sealed class DocScalar : DocNode
{
    public DocScalar(SourcePosition position, string? tag, string? text, bool isQuoted)
        : base(position, tag)
    {
        Text = text;
        IsQuoted = isQuoted;
    }

    /// <summary>The value; null for JSON null and YAML null (<c>~</c>, <c>null</c>, empty).</summary>
    public string? Text { get; }

    /// <summary>Written as a string (quoted), so "30" is text even where a number is expected.</summary>
    public bool IsQuoted { get; }

    public int? AsInt32() =>
        int.TryParse(Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public bool? AsBoolean() => Text?.ToLowerInvariant() switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    public override string ToString() => Text ?? "null";
}
