using System;
using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.Terraform;

/// <summary>Recognises Terraform JSON configuration (<c>*.tf.json</c>) among JSON inputs.</summary>
internal static class TerraformJsonReader
{
    private static readonly HashSet<string> TopLevelBlocks = new(StringComparer.Ordinal)
    {
        "resource", "data", "variable", "locals", "output", "module", "provider", "terraform", "moved", "import", "check", "removed", "//",
    };

    /// <summary>A .tf.json file, or a JSON object made only of Terraform's top-level blocks (with at least one resource or variable).</summary>
    public static bool IsConfiguration(string file, DocMap root) =>
        file.EndsWith(".tf.json", StringComparison.OrdinalIgnoreCase)
        || (root.Members.Count > 0 && root.Members.All(m => TopLevelBlocks.Contains(m.Key)) && (root["resource"] is not null || root["variable"] is not null));
}
