using System;

namespace KmsGuardrails.PolicyEngine.Tests.Fuzz;

/// <summary>
/// An input built to break a loader: its file name (detection may go by it), how its bytes are made,
/// and what its problem must say; no problem expected when <see cref="Problem"/> is null.
/// </summary>
public sealed record HostileInput(string Name, string FileName, Func<byte[]> Content, string? Problem)
{
    public override string ToString() => Name;
}
