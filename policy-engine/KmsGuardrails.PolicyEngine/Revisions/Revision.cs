using KmsGuardrails.PolicyEngine.Model;

namespace KmsGuardrails.PolicyEngine.Revisions;

/// <summary>One file at one revision, as its frontend read it.</summary>
internal sealed record Revision(string File, InfrastructureModel Model);
