using System.Collections.Generic;

namespace KmsGuardrails.Rules.Policy;

/// <summary>
/// A key policy in the model the evaluator reads: its statements, and whether some statements
/// could not be known (a statement list built by an intrinsic, for example).
/// </summary>
public sealed class KeyPolicy
{
    public KeyPolicy(IReadOnlyList<PolicyStatement> statements, bool hasUnknownStatements, SourcePosition? position)
    {
        Statements = statements;
        HasUnknownStatements = hasUnknownStatements;
        Position = position;
    }

    public IReadOnlyList<PolicyStatement> Statements { get; }

    public bool HasUnknownStatements { get; }

    public SourcePosition? Position { get; }
}
