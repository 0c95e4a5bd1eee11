namespace KmsGuardrails.Rules.Lifecycle;

/// <summary>
/// One property of a request as a frontend read it: omitted (the API default applies), a known
/// value as the API spells it (<c>RSA_2048</c>, <c>true</c>), or given but not known before run
/// or deploy time.
/// </summary>
public readonly struct RequestValue
{
    private RequestValue(bool isGiven, string? text)
    {
        IsGiven = isGiven;
        Text = text;
    }

    public static RequestValue Omitted => default;

    public static RequestValue Unknown => new(true, null);

    /// <summary>A value as written; null text means it is given but not known.</summary>
    public static RequestValue Of(string? text) => new(true, text);

    public static RequestValue Of(bool? value) => new(true, value switch { true => "true", false => "false", _ => null });

    public bool IsGiven { get; }

    /// <summary>The value when it is given and known.</summary>
    public string? Text { get; }

    public override string ToString() => !IsGiven ? "(omitted)" : Text ?? "(unknown)";
}
