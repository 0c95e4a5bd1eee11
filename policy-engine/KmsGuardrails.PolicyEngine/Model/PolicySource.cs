using System.Collections.Generic;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.Model;

/// <summary>
/// One value a key policy may take: a document written in the template (every statement keeps its
/// own position) or JSON text in a string (findings point at the string), and the conditions
/// under which it applies.
/// </summary>
internal sealed record PolicySource(DocNode? Document, string? Json, SourcePosition Location, IReadOnlyList<string> Conditions)
{
    public static PolicySource FromDocument(DocNode document, IReadOnlyList<string> conditions) => new(document, null, document.Position, conditions);

    public static PolicySource FromJson(string json, SourcePosition location, IReadOnlyList<string> conditions) => new(null, json, location, conditions);
}
