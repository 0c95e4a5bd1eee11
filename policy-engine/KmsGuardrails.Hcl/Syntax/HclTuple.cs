using System.Collections.Generic;

namespace KmsGuardrails.Hcl.Syntax;

/// <summary><c>[a, b, c]</c>.</summary>
internal sealed record HclTuple(HclSpan Span, IReadOnlyList<HclExpression> Items) : HclExpression(Span);
