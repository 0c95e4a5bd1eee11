using System.Collections.Generic;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.Model;

/// <summary>
/// One value a template property may take: the node that gives it (a literal, a parameter's
/// default, one branch of a condition), or null when unknown; where a finding about it points;
/// and the conditions under which it applies.
/// </summary>
internal sealed record Alternative(DocNode? Value, DocNode Location, IReadOnlyList<string> Conditions)
{
    public DocScalar? Scalar => Value as DocScalar;

    public bool IsKnown => Value is not null;
}
