using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.Model;

/// <summary>
/// The value a resource gives one of its replacement-forcing arguments, as written (null when
/// omitted), and where a finding about a change to it points: the value, or the resource when omitted.
/// </summary>
internal sealed record ReplacementInput(ReplacementArgument Argument, DocNode? Value, SourcePosition Position);
