using KmsGuardrails.Rules;

namespace KmsGuardrails.PolicyEngine.Scanning;

/// <summary>A module call whose source is a registry, git or other remote address: not fetched, so the keys it declares are not checked.</summary>
public sealed record RemoteModuleCall(string File, SourcePosition Position, string Address, string Source);
