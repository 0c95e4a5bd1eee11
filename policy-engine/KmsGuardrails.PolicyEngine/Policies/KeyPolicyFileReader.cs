using System;
using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.Policies;

/// <summary>
/// Standalone key-policy files: a policy document, or the input file of <c>aws kms create-key</c>
/// and <c>aws kms put-key-policy</c> (<c>--cli-input-json</c>) with its policy string and
/// BypassPolicyLockoutSafetyCheck. A document counts as a key policy when its statements name
/// principals and grant only KMS actions, so identity policies and other resource policies in the
/// same repository are left alone.
/// </summary>
internal static class KeyPolicyFileReader
{
    private static readonly string[] CommandInputKeys = { "KeyId", "PolicyName", "BypassPolicyLockoutSafetyCheck" };

    public static bool IsKeyPolicy(DocMap root) => IsCommandInput(root) || IsPolicyDocument(root);

    public static InfrastructureModel Read(string file, DocMap root)
    {
        var declaration = IsCommandInput(root)
            ? new PolicyDeclaration
            {
                File = file,
                Address = (root["KeyId"] as DocScalar)?.Text ?? file,
                Position = root.Position,
                Policies = root["Policy"] is DocScalar { Text: { } json } policy ? new[] { PolicySource.FromJson(json, policy.Position, Array.Empty<string>()) } : Array.Empty<PolicySource>(),
                BypassPolicyLockoutSafetyCheck = root["BypassPolicyLockoutSafetyCheck"] is { } bypass ? new[] { new Alternative(bypass, bypass, Array.Empty<string>()) } : null,
            }
            : new PolicyDeclaration
            {
                File = file,
                Address = file,
                Position = root.Position,
                Policies = new[] { PolicySource.FromDocument(root, Array.Empty<string>()) },
            };
        return new InfrastructureModel { Policies = new[] { declaration } };
    }

    private static bool IsCommandInput(DocMap root) =>
        root["Policy"] is DocScalar && CommandInputKeys.Any(key => root[key] is not null);

    private static bool IsPolicyDocument(DocMap root)
    {
        var statements = root["Statement"] switch
        {
            DocMap single => new[] { single },
            DocList list when list.Items.All(i => i is DocMap) => list.Items.Cast<DocMap>().ToArray(),
            _ => Array.Empty<DocMap>(),
        };
        var actions = statements.SelectMany(s => Strings(s["Action"] ?? s["NotAction"])).ToList();
        return statements.Length > 0
            && statements.All(s => s["Principal"] is not null || s["NotPrincipal"] is not null)
            && actions.Any(a => a.StartsWith("kms:", StringComparison.OrdinalIgnoreCase))
            && actions.All(a => a == "*" || a.StartsWith("kms:", StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<string> Strings(DocNode? node) => node switch
    {
        DocScalar { Text: { } text } => new[] { text },
        DocList list => list.Items.OfType<DocScalar>().Select(s => s.Text ?? string.Empty),
        _ => Enumerable.Empty<string>(),
    };
}
