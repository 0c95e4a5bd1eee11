using System.Collections.Generic;

namespace KmsGuardrails.PolicyEngine.Hcl.Syntax;

/// <summary><c>[a, b, c]</c>.</summary>
public sealed record HclTuple(HclSpan Span, IReadOnlyList<HclExpression> Items) : HclExpression(Span);
