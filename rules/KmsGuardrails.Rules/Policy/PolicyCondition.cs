using System.Collections.Generic;

namespace KmsGuardrails.Rules.Policy;

/// <summary>
/// One condition of a statement: operator, key and values (null entries are unknown before
/// deployment), for example <c>StringEquals kms:CallerAccount ["111122223333"]</c>.
/// </summary>
public sealed record PolicyCondition(string Operator, string Key, IReadOnlyList<string?> Values);
