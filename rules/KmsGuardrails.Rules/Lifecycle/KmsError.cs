using System.Collections.Generic;
using System.Linq;

namespace KmsGuardrails.Rules.Lifecycle;

/// <summary>
/// The error the real KMS API answers. Some cells of the key-state table allow either of two
/// exceptions ("DisabledException or KMSInvalidStateException"), hence a set of codes.
/// </summary>
public sealed class KmsError
{
    internal KmsError(string message, params string[] codes)
    {
        Codes = codes;
        Message = message;
    }

    /// <summary>Exception names (also the wire error codes), for example <c>KMSInvalidStateException</c>.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>The documented message, with "the key" in place of the key ARN.</summary>
    public string Message { get; }

    public bool Allows(string code) => Codes.Contains(code);

    internal KmsError CombinedWith(KmsError other) =>
        new(Message == other.Message ? Message : Message + " / " + other.Message, Codes.Union(other.Codes).ToArray());

    public override string ToString() => string.Join(" or ", Codes) + ": " + Message;
}
