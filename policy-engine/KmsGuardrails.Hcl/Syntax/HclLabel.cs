using KmsGuardrails.Rules;

namespace KmsGuardrails.Hcl.Syntax;

/// <summary>A block label: <c>"aws_kms_key"</c> or a bare identifier.</summary>
public sealed record HclLabel(string Text, SourcePosition Position);
