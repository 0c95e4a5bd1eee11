namespace KmsGuardrails.Hcl.Syntax;

/// <summary>
/// <c>[for k, v in coll : value if cond]</c>, or with <see cref="KeyResult"/>
/// <c>{for k, v in coll : key => value... if cond}</c>.
/// </summary>
internal sealed record HclFor(
    HclSpan Span,
    string? KeyVariable,
    string ValueVariable,
    HclExpression Collection,
    HclExpression? KeyResult,
    HclExpression ValueResult,
    HclExpression? Condition,
    bool Groups) : HclExpression(Span);
