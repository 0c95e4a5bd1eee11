using KmsGuardrails.Hcl.Syntax;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.Hcl;

/// <summary>
/// What the names of an expression refer to, as the application defines them (Terraform's
/// <c>var</c>, <c>local</c> and <c>path</c>), and the files <c>file()</c> and <c>templatefile()</c> read.
/// </summary>
public interface IHclScope
{
    /// <summary>
    /// The value of <c>root.name</c> (<c>var.env</c>), placed at <paramref name="reference"/> or where
    /// it is written, or a <see cref="DocUnknown"/>; null when the scope does not define
    /// <paramref name="root"/>, so the traversal stays unknown as written (<c>aws_kms_key.k.arn</c>).
    /// </summary>
    DocNode? Attribute(string root, string name, HclSpan reference);

    /// <summary>The text of a file named relative to the configuration, as <c>file()</c> reads it; null when it cannot be read.</summary>
    string? ReadFile(string path);
}
