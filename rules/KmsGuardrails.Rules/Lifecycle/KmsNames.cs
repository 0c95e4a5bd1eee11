using System;

namespace KmsGuardrails.Rules.Lifecycle;

/// <summary>
/// Converts between the KMS API's value names (<c>RSA_2048</c>, <c>ENCRYPT_DECRYPT</c>,
/// <c>PendingDeletion</c>) and the enums of the lifecycle model, for every frontend alike.
/// </summary>
public static class KmsNames
{
    /// <summary>Parses an API value name, ignoring case and underscores; numbers are rejected.</summary>
    public static bool TryParse<TEnum>(string? apiName, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrEmpty(apiName) || !char.IsLetter(apiName![0]))
        {
            return false;
        }

        return Enum.TryParse(apiName.Replace("_", string.Empty), ignoreCase: true, out value)
            && Enum.IsDefined(typeof(TEnum), value);
    }

    /// <summary>The nullable form of <see cref="TryParse{TEnum}"/>: null when the name is not a known value.</summary>
    public static TEnum? Parse<TEnum>(string? apiName)
        where TEnum : struct, Enum =>
        TryParse(apiName, out TEnum value) ? value : null;
}
