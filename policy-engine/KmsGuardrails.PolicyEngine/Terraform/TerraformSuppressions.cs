using System.Collections.Generic;
using System.Text.RegularExpressions;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.Rules;

namespace KmsGuardrails.PolicyEngine.Terraform;

/// <summary>
/// The inline suppression of Terraform: <c>kms-guardrails:ignore KMS014: reason</c>, written as a
/// comment in HCL or as a <c>"//"</c> property (Terraform JSON's comment) in .tf.json.
/// </summary>
internal static class TerraformSuppressions
{
    private static readonly Regex Pattern = new(@"kms-guardrails:ignore\s+(?<id>[A-Za-z]+\d+)\s*(?::\s*(?<reason>.*\S))?", RegexOptions.Compiled);

    public static IEnumerable<Suppression> Parse(string text, SourcePosition position)
    {
        foreach (Match match in Pattern.Matches(text))
        {
            var reason = match.Groups["reason"].Success ? match.Groups["reason"].Value.Trim() : null;
            yield return new Suppression(match.Groups["id"].Value.ToUpperInvariant(), string.IsNullOrEmpty(reason) ? null : reason, position);
        }
    }
}
