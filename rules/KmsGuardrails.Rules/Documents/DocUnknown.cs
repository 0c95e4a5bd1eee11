namespace KmsGuardrails.Rules.Documents;

/// <summary>
/// A value that cannot be known before deployment (a Terraform resource attribute or unset
/// variable, a CloudFormation intrinsic that depends on the stack), kept as the expression that
/// gives it, so a reference such as <c>aws_kms_key.primary.arn</c> can still be recognised. Checks
/// and the key-policy evaluator treat it as unknown, never as a guess.
/// </summary>
public sealed class DocUnknown : DocNode
{
    public DocUnknown(SourcePosition position, string expression, bool isError = false)
        : base(position, null)
    {
        Expression = System.Text.RegularExpressions.Regex.Replace(expression.Trim(), @"\s+", " ");
        IsError = isError;
    }

    /// <summary>The expression as written, with runs of whitespace collapsed.</summary>
    public string Expression { get; }

    /// <summary>The expression would fail (an attribute a known object lacks), which <c>try</c> and <c>can</c> tell apart.</summary>
    public bool IsError { get; }

    public override string ToString() => Expression;
}
