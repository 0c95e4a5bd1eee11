using System.Collections.Generic;

namespace KmsGuardrails.PolicyEngine.Hcl.Syntax;

/// <summary><c>name(arguments)</c>; <see cref="ExpandsFinal"/> when the last argument ends with <c>...</c>.</summary>
public sealed record HclFunctionCall(HclSpan Span, string Name, IReadOnlyList<HclExpression> Arguments, bool ExpandsFinal) : HclExpression(Span);
