namespace KmsGuardrails.PolicyEngine.Model;

/// <summary>A Terraform <c>moved</c> block: the resource at <see cref="From"/> is now at <see cref="To"/>, not destroyed.</summary>
internal sealed record AddressMove(string From, string To);
