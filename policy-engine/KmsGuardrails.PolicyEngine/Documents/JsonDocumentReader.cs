using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.Documents;

/// <summary>
/// Reads a JSON file with the strict parser the analyzers use too (<see cref="JsonDocumentParser"/>);
/// its problems name the file.
/// </summary>
internal static class JsonDocumentReader
{
    public static DocumentResult Read(string file, string text, DocumentLimits? limits = null)
    {
        var parsed = JsonDocumentParser.Parse(text, limits);
        if (parsed.Root is { } root)
        {
            return DocumentResult.Of(root);
        }

        var problem = parsed.Problem!;
        return parsed.IsEmpty
            ? DocumentResult.Empty(new InputProblem(file, problem.Position, problem.Message))
            : DocumentResult.Failed(new InputProblem(file, problem.Position, "invalid JSON: " + problem.Message));
    }
}
