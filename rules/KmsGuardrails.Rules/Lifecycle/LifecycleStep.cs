using System.Collections.Generic;

namespace KmsGuardrails.Rules.Lifecycle;

/// <summary>The result of one operation: the states and facts after it, the certain error if any, and the hazards.</summary>
public sealed class LifecycleStep
{
    internal LifecycleStep(KeyStateSet states, KeyFacts facts, KmsError? error, IReadOnlyList<Hazard> hazards)
    {
        States = states;
        Facts = facts;
        Error = error;
        Hazards = hazards;
    }

    /// <summary>
    /// The states the key may be in after the operation succeeded. When the operation certainly
    /// fails, the states before it (a failed call changes nothing).
    /// </summary>
    public KeyStateSet States { get; }

    public KeyFacts Facts { get; }

    /// <summary>The error KMS answers in every possible state, or null when the call may succeed.</summary>
    public KmsError? Error { get; }

    public bool Succeeds => Error is null;

    /// <summary>
    /// What the call asks for that is dangerous. A hazard describes the request, so it is raised
    /// whether or not KMS would accept it (a 6-day window is both an error and KMS001).
    /// </summary>
    public IReadOnlyList<Hazard> Hazards { get; }
}
