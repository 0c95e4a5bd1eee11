using System.Collections.Generic;

namespace KmsGuardrails.Hcl.Syntax;

/// <summary>A quoted string or heredoc: literal parts, <c>${…}</c> interpolations and <c>%{…}</c> directives.</summary>
internal sealed record HclTemplate(HclSpan Span, IReadOnlyList<HclExpression> Parts) : HclExpression(Span);
