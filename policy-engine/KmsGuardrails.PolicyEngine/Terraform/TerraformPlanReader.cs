using System;
using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.Rules.Documents;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.PolicyEngine.Terraform;

/// <summary>
/// Reads a Terraform plan (<c>terraform show -json</c>): each change that deletes or replaces a
/// KMS key or key store, and the planned values of keys being created or updated.
/// </summary>
internal static class TerraformPlanReader
{
    public static bool IsPlan(DocMap root) =>
        root["resource_changes"] is DocList || (root["format_version"] is not null && root["terraform_version"] is not null && root["planned_values"] is not null);

    public static InfrastructureModel Read(string file, DocMap plan)
    {
        var keys = new List<KeyDeclaration>();
        var policies = new List<PolicyDeclaration>();
        var changes = new List<KeyChange>();
        var replicas = ReplicasByPrimary(plan);
        foreach (var resourceChange in (plan["resource_changes"] as DocList)?.Items.OfType<DocMap>() ?? Enumerable.Empty<DocMap>())
        {
            if (resourceChange["type"] is not DocScalar { Text: { } type } || resourceChange["change"] is not DocMap change
                || !(TerraformResources.Keys.Contains(type) || type is TerraformResources.CustomKeyStore or TerraformResources.KeyPolicy))
            {
                continue;
            }

            var address = (resourceChange["address"] as DocScalar)?.Text ?? type;
            var position = resourceChange.Member("address")?.KeyPosition ?? resourceChange.Position;
            var actions = (change["actions"] as DocList)?.Items.OfType<DocScalar>().Select(a => a.Text).ToList() ?? new List<string?>();
            if (actions.Contains("delete") && type != TerraformResources.KeyPolicy)
            {
                var before = change["before"] as DocMap;
                changes.Add(new KeyChange
                {
                    File = file,
                    Address = address,
                    ResourceType = type,
                    Position = change.Member("actions")?.Value.Position ?? position,
                    IsReplacement = actions.Contains("create"),
                    Description = Describe(actions, change, resourceChange),
                    PendingWindowInDays = (before?["deletion_window_in_days"] as DocScalar)?.AsInt32(),
                    EnabledBefore = ((before?["is_enabled"] ?? before?["enabled"]) as DocScalar)?.AsBoolean() switch
                    {
                        true => TriState.True,
                        false => TriState.False,
                        _ => TriState.Unknown,
                    },
                });
            }

            if ((actions.Contains("create") || actions.Contains("update")) && change["after"] is DocMap after)
            {
                if (TerraformResources.Keys.Contains(type))
                {
                    keys.Add(Planned(file, address, type, position, after, replicas.TryGetValue(address, out var count) ? count : 0));
                }

                if (type != TerraformResources.CustomKeyStore)
                {
                    policies.Add(new PolicyDeclaration
                    {
                        File = file,
                        Address = address,
                        Position = position,
                        Policies = after["policy"] is DocScalar { Text: { } json } policy ? new[] { PolicySource.FromJson(json, policy.Position, Array.Empty<string>()) } : Array.Empty<PolicySource>(),
                        BypassPolicyLockoutSafetyCheck = Known(after, "bypass_policy_lockout_safety_check"),
                    });
                }
            }
        }

        var monitors = PlannedResources((plan["planned_values"] as DocMap)?["root_module"] as DocMap)
            .Where(r => r["type"] is DocScalar { Text: { } type } && TerraformMonitoring.Types.Contains(type) && r["values"] is DocMap)
            .Select(r => (Type: ((DocScalar)r["type"]!).Text!, Address: (r["address"] as DocScalar)?.Text ?? "resource", Values: (DocMap)r["values"]!, r.Position))
            .ToList();
        return new InfrastructureModel
        {
            Keys = keys,
            Policies = policies,
            Changes = changes,
            MetricFilters = monitors.SelectMany(m => TerraformMonitoring.Filters(m.Type, m.Address, m.Values, m.Position)).ToList(),
            Alarms = monitors.SelectMany(m => TerraformMonitoring.Alarms(m.Type, m.Address, m.Values, m.Position)).ToList(),
        };
    }

    /// <summary>The resources a plan leaves in place, in the root module and every child module.</summary>
    private static IEnumerable<DocMap> PlannedResources(DocMap? module)
    {
        if (module is null)
        {
            yield break;
        }

        foreach (var resource in (module["resources"] as DocList)?.Items.OfType<DocMap>() ?? Enumerable.Empty<DocMap>())
        {
            yield return resource;
        }

        foreach (var child in (module["child_modules"] as DocList)?.Items.OfType<DocMap>() ?? Enumerable.Empty<DocMap>())
        {
            foreach (var resource in PlannedResources(child))
            {
                yield return resource;
            }
        }
    }

    private static string Describe(List<string?> actions, DocMap change, DocMap resourceChange)
    {
        if (!actions.Contains("create"))
        {
            return "this plan destroys it";
        }

        var paths = (change["replace_paths"] as DocList)?.Items
            .Select(p => p is DocList path ? string.Join(".", path.Items.OfType<DocScalar>().Select(s => s.Text)) : null)
            .Where(p => !string.IsNullOrEmpty(p))
            .ToList();
        var reason = paths is { Count: > 0 } ? " because " + string.Join(", ", paths) + (paths.Count == 1 ? " changes" : " change")
            : resourceChange["action_reason"] is DocScalar { Text: { } actionReason } ? $" ({actionReason})"
            : string.Empty;
        var order = actions[0] == "create" ? "creates the new key first and then destroys the old one" : "destroys it and creates a new key";
        return $"this plan replaces it{reason}: it {order}";
    }

    /// <summary>The planned values as a declaration; retention is not in the plan, so it is unknown.</summary>
    private static KeyDeclaration Planned(string file, string address, string type, KmsGuardrails.Rules.SourcePosition position, DocMap after, int replicas)
    {
        IReadOnlyList<Alternative>? Value(string name) => Known(after, name);
        return new KeyDeclaration
        {
            File = file,
            Address = address,
            ResourceType = type,
            Position = position,
            IsReplica = TerraformResources.IsReplica(type),
            ReplicasDeclared = replicas,
            PendingWindowInDays = Value("deletion_window_in_days"),
            KeySpec = Value("customer_master_key_spec") ?? Value("key_spec"),
            KeyUsage = Value("key_usage"),
            MultiRegion = Value("multi_region"),
            MaterialValidTo = TerraformResources.IsExternal(type) ? Value("valid_to") : null,
            Retention = new Retention(TriState.Unknown, null, "a plan does not show lifecycle settings"),
        };
    }

    /// <summary>A planned value, when the plan knows it.</summary>
    private static IReadOnlyList<Alternative>? Known(DocMap after, string name) =>
        after[name] is DocScalar { Text: not null } value ? new[] { new Alternative(value, value, Array.Empty<string>()) } : null;

    /// <summary>Replicas per primary, from the configuration's references (planned ARNs are not known yet).</summary>
    private static Dictionary<string, int> ReplicasByPrimary(DocMap plan)
    {
        var replicas = new Dictionary<string, int>(StringComparer.Ordinal);
        var resources = ((plan["configuration"] as DocMap)?["root_module"] as DocMap)?["resources"] as DocList;
        foreach (var resource in resources?.Items.OfType<DocMap>() ?? Enumerable.Empty<DocMap>())
        {
            if (resource["type"] is DocScalar { Text: { } type } && TerraformResources.IsReplica(type)
                && ((resource["expressions"] as DocMap)?["primary_key_arn"] as DocMap)?["references"] is DocList references)
            {
                var primary = references.Items.OfType<DocScalar>().Select(r => r.Text).FirstOrDefault(r => r is not null && r.Split('.').Length == 2);
                if (primary is not null)
                {
                    replicas[primary] = replicas.TryGetValue(primary, out var count) ? count + 1 : 1;
                }
            }
        }

        return replicas;
    }
}
