using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.PolicyEngine.Terraform;

/// <summary>
/// Translates Terraform JSON configuration (<c>*.tf.json</c>) into <see cref="KeyDeclaration"/>s:
/// the KMS key resources with their arguments resolved through variable defaults and locals,
/// <c>lifecycle.prevent_destroy</c>, and <c>"//"</c> suppressions.
/// </summary>
public static class TerraformJsonReader
{
    private static readonly HashSet<string> TopLevelBlocks = new(StringComparer.Ordinal)
    {
        "resource", "data", "variable", "locals", "output", "module", "provider", "terraform", "moved", "import", "check", "removed", "//",
    };

    private static readonly Regex KeyReference = new(@"^\$\{\s*(?<address>aws_kms(?:_external)?_key\.[A-Za-z_][\w-]*)\.(?:arn|key_id|id)\s*\}$", RegexOptions.Compiled);

    /// <summary>A .tf.json file, or a JSON object made only of Terraform's top-level blocks (with at least one resource or variable).</summary>
    public static bool IsConfiguration(string file, DocMap root) =>
        file.EndsWith(".tf.json", StringComparison.OrdinalIgnoreCase)
        || (root.Members.Count > 0 && root.Members.All(m => TopLevelBlocks.Contains(m.Key)) && (root["resource"] is not null || root["variable"] is not null));

    public static InfrastructureModel Read(string file, DocMap root)
    {
        var resolver = new TerraformValueResolver(Merge(root["variable"]), Merge(root["locals"]));
        var resources = Blocks(root["resource"]).ToList();
        var policyDocuments = Blocks(root["data"]).Where(d => d.Type == "aws_iam_policy_document")
            .GroupBy(d => d.Name).ToDictionary(g => g.Key, g => g.Last().Body);
        var policyReader = new TerraformPolicies(resolver, policyDocuments);
        var replicas = resources
            .Where(r => TerraformResources.IsReplica(r.Type) && r.Body["primary_key_arn"] is DocScalar { Text: { } arn } && KeyReference.IsMatch(arn))
            .GroupBy(r => KeyReference.Match(((DocScalar)r.Body["primary_key_arn"]!).Text!).Groups["address"].Value)
            .ToDictionary(g => g.Key, g => g.Count());

        var keys = new List<KeyDeclaration>();
        var policies = new List<PolicyDeclaration>();
        foreach (var (type, name, position, body) in resources.Where(r => TerraformResources.Keys.Contains(r.Type) || r.Type == TerraformResources.KeyPolicy))
        {
            IReadOnlyList<Alternative>? Argument(string argument) => body[argument] is { } value ? resolver.Resolve(value) : null;
            var address = type + "." + name;
            var suppressions = Suppressions(body).ToList();
            policies.Add(new PolicyDeclaration
            {
                File = file,
                Address = address,
                Position = position,
                Policies = policyReader.Read(body["policy"]),
                BypassPolicyLockoutSafetyCheck = Argument("bypass_policy_lockout_safety_check"),
                Suppressions = suppressions,
            });
            if (type == TerraformResources.KeyPolicy)
            {
                continue;
            }

            keys.Add(new KeyDeclaration
            {
                File = file,
                Address = address,
                ResourceType = type,
                Position = position,
                IsReplica = TerraformResources.IsReplica(type),
                ReplicasDeclared = replicas.TryGetValue(address, out var count) ? count : 0,
                PendingWindowInDays = Argument("deletion_window_in_days"),
                KeySpec = Argument("customer_master_key_spec") ?? Argument("key_spec"),
                KeyUsage = Argument("key_usage"),
                MultiRegion = Argument("multi_region"),
                Origin = TerraformResources.IsExternal(type) ? ImportedMaterial(body) : null,
                MaterialValidTo = TerraformResources.IsExternal(type) ? Argument("valid_to") : null,
                Retention = Retention(body, resolver),
                ReplacementInputs = TerraformResources.ReplacementArguments[type]
                    .Select(argument => new ReplacementInput(argument, body[argument.Name], body[argument.Name]?.Position ?? position)).ToList(),
                Suppressions = suppressions,
            });
        }

        return new InfrastructureModel { Keys = keys, Policies = policies, Moves = Moves(root["moved"]).ToList() };
    }

    /// <summary>External keys always have imported key material (Origin EXTERNAL).</summary>
    private static IReadOnlyList<Alternative> ImportedMaterial(DocMap body)
    {
        var origin = new DocScalar(body.Position, null, "EXTERNAL", isQuoted: true);
        return new[] { new Alternative(origin, body, Array.Empty<string>()) };
    }

    private static Retention Retention(DocMap body, TerraformValueResolver resolver)
    {
        var lifecycle = body["lifecycle"] switch
        {
            DocMap map => map,
            DocList { Items.Count: > 0 } list => list.Items[0] as DocMap,
            _ => null,
        };
        if (lifecycle?["prevent_destroy"] is not { } preventDestroy)
        {
            return new Retention(TriState.False, null, "it has no lifecycle { prevent_destroy = true }, so destroying it or its module schedules its deletion");
        }

        var value = resolver.Resolve(preventDestroy)[0];
        return value.Scalar?.AsBoolean() switch
        {
            true => Model.Retention.Kept(preventDestroy),
            false => new Retention(TriState.False, value.Location, "its lifecycle prevent_destroy is false, so destroying it or its module schedules its deletion"),
            _ => new Retention(TriState.Unknown, preventDestroy, "prevent_destroy is not known"),
        };
    }

    /// <summary><c>"moved": [{ "from": "aws_kms_key.a", "to": "aws_kms_key.b" }]</c>; references may be written bare or as <c>${…}</c>.</summary>
    private static IEnumerable<AddressMove> Moves(DocNode? section)
    {
        static string? Reference(DocNode? node) => node is DocScalar { Text: { } text } ? Interpolations.Unwrap(text).Trim() : null;
        foreach (var move in Objects(section))
        {
            if (Reference(move["from"]) is { Length: > 0 } from && Reference(move["to"]) is { Length: > 0 } to)
            {
                yield return new AddressMove(from, to);
            }
        }
    }

    /// <summary>"resource" or "data": { type: { name: body } }, where a level may also be an array of such objects.</summary>
    private static IEnumerable<(string Type, string Name, SourcePosition Position, DocMap Body)> Blocks(DocNode? section)
    {
        foreach (var types in Objects(section))
        {
            foreach (var type in types.Members)
            {
                foreach (var names in Objects(type.Value))
                {
                    foreach (var name in names.Members)
                    {
                        foreach (var body in Objects(name.Value))
                        {
                            yield return (type.Key, name.Key, name.KeyPosition, body);
                        }
                    }
                }
            }
        }
    }

    private static IEnumerable<Suppression> Suppressions(DocMap body)
    {
        var comments = body["//"] switch
        {
            DocScalar scalar => new[] { scalar },
            DocList list => list.Items.OfType<DocScalar>(),
            _ => Enumerable.Empty<DocScalar>(),
        };
        return comments.Where(c => c.Text is not null).SelectMany(c => TerraformSuppressions.Parse(c.Text!, c.Position));
    }

    /// <summary>The members of a block that may be written as an object or an array of objects, merged.</summary>
    private static DocMap Merge(DocNode? node)
    {
        var members = Objects(node).SelectMany(o => o.Members).GroupBy(m => m.Key).Select(g => g.Last()).ToList();
        return new DocMap(node?.Position ?? new SourcePosition(1, 1), null, members);
    }

    /// <summary>A block written as an object, or as an array of objects (Terraform JSON allows both).</summary>
    internal static IEnumerable<DocMap> Objects(DocNode? node) => node switch
    {
        DocMap map => new[] { map },
        DocList list => list.Items.OfType<DocMap>(),
        _ => Enumerable.Empty<DocMap>(),
    };
}
