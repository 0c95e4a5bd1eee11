using System.Collections.Generic;

namespace KmsGuardrails.Hcl.Syntax;

/// <summary><c>name(arguments)</c>; <see cref="ExpandsFinal"/> when the last argument ends with <c>...</c>.</summary>
internal sealed record HclFunctionCall(HclSpan Span, string Name, IReadOnlyList<HclExpression> Arguments, bool ExpandsFinal) : HclExpression(Span);
