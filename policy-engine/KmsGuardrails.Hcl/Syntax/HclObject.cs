using System.Collections.Generic;

namespace KmsGuardrails.Hcl.Syntax;

/// <summary><c>{ key = value, "key" : value, (expr) = value }</c>; a bare identifier key is a literal string.</summary>
internal sealed record HclObject(HclSpan Span, IReadOnlyList<HclObjectItem> Items) : HclExpression(Span);
