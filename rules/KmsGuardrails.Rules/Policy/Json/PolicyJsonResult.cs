namespace KmsGuardrails.Rules.Policy.Json;

/// <summary>The parsed document, or the first problem that stopped the parser.</summary>
public sealed record PolicyJsonResult(PolicyValue? Value, PolicyProblem? Problem);
