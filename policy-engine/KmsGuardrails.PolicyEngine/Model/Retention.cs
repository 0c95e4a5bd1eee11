using System.Collections.Generic;
using KmsGuardrails.Rules.Documents;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.PolicyEngine.Model;

/// <summary>
/// Whether deleting the stack or module (or replacing the resource) leaves the key in place:
/// DeletionPolicy/UpdateReplacePolicy Retain, or lifecycle prevent_destroy.
/// </summary>
internal sealed record Retention(TriState Retained, DocNode? Declaration, string Detail)
{
    /// <summary>The conditions under which the key is not retained (a DeletionPolicy chosen by Fn::If).</summary>
    public IReadOnlyList<string> Conditions { get; init; } = new string[0];

    public static Retention Kept(DocNode declaration) => new(TriState.True, declaration, "retained");
}
