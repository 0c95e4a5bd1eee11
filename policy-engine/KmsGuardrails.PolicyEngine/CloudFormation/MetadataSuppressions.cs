using System.Collections.Generic;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.CloudFormation;

/// <summary>
/// Reads <c>Metadata: { kms-guardrails: { ignore: [ { id: KMS014, reason: "..." } ] } }</c>, the
/// same shape as cfn-lint's and cfn_nag's resource-level suppressions.
/// </summary>
internal static class MetadataSuppressions
{
    public const string Key = "kms-guardrails";

    public static IReadOnlyList<Suppression> Read(DocNode? metadata)
    {
        var suppressions = new List<Suppression>();
        if (metadata is DocMap map && map[Key] is DocMap settings && settings["ignore"] is DocList ignore)
        {
            foreach (var item in ignore.Items)
            {
                if (item is DocMap { } entry && entry["id"] is DocScalar { Text: { } id })
                {
                    var reason = (entry["reason"] as DocScalar)?.Text;
                    suppressions.Add(new Suppression(id.Trim(), string.IsNullOrWhiteSpace(reason) ? null : reason, item.Position));
                }
            }
        }

        return suppressions;
    }
}
