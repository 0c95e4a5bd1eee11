using Microsoft.CodeAnalysis;

namespace KmsGuardrails.Analyzers.Infrastructure;

/// <summary>How a message names a key: its id when it is a constant, otherwise the expression that holds it.</summary>
internal static class KeyNames
{
    private const int MaximumLength = 60;

    public static string Of(IOperation? keyId)
    {
        if (keyId is null)
        {
            return "(key id not given here)";
        }

        if (Sdk.ConstantValues.String(keyId) is { } constant)
        {
            return constant;
        }

        var text = keyId.Syntax.ToString().Trim();
        return text.Length <= MaximumLength ? text : text.Substring(0, MaximumLength - 3) + "...";
    }
}
