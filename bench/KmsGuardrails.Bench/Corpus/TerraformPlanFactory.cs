using System;
using System.Collections.Generic;

namespace KmsGuardrails.Bench.Corpus;

/// <summary>
/// One `terraform show -json` plan: planned values, resource changes (mostly no-ops and updates,
/// some creations, a few deletions and replacements of keys) and the configuration block.
/// </summary>
internal static class TerraformPlanFactory
{
    private static readonly string[][] KeyActions =
    {
        new[] { "no-op" }, new[] { "no-op" }, new[] { "no-op" }, new[] { "update" }, new[] { "update" },
        new[] { "create" }, new[] { "delete" }, new[] { "delete", "create" },
    };

    private static readonly string[][] OtherActions = { new[] { "no-op" }, new[] { "no-op" }, new[] { "update" }, new[] { "create" } };

    public static OrderedMap Create(Random random)
    {
        var plannedResources = new List<object>();
        var changes = new List<object>();
        var configured = new List<object>();
        foreach (var service in ServiceNames.For(random, 2 + random.Next(5)))
        {
            if (random.Chance(0.8))
            {
                var values = KeyValues(random, service);
                var actions = random.Pick(KeyActions);
                Add(plannedResources, changes, configured, "aws_kms_key", service, values, actions, random);
            }

            Add(plannedResources, changes, configured, "aws_s3_bucket", service, BucketValues(service), random.Pick(OtherActions), random);
            Add(plannedResources, changes, configured, "aws_sqs_queue", service, QueueValues(service), random.Pick(OtherActions), random);
        }

        return new OrderedMap
        {
            { "format_version", "1.2" },
            { "terraform_version", "1.9.5" },
            { "planned_values", new OrderedMap { { "root_module", new OrderedMap { { "resources", plannedResources } } } } },
            { "resource_changes", changes },
            { "configuration", new OrderedMap
                {
                    { "provider_config", new OrderedMap { { "aws", new OrderedMap { { "name", "aws" }, { "full_name", "registry.terraform.io/hashicorp/aws" } } } } },
                    { "root_module", new OrderedMap { { "resources", configured } } },
                }
            },
        };
    }

    private static void Add(List<object> planned, List<object> changes, List<object> configured, string type, string name, OrderedMap values, string[] actions, Random random)
    {
        var address = type + "." + name;
        var deleted = actions.Length == 1 && actions[0] == "delete";
        if (!deleted)
        {
            planned.Add(new OrderedMap
            {
                { "address", address }, { "mode", "managed" }, { "type", type }, { "name", name },
                { "provider_name", "registry.terraform.io/hashicorp/aws" }, { "schema_version", 0 }, { "values", values },
            });
            configured.Add(new OrderedMap
            {
                { "address", address }, { "mode", "managed" }, { "type", type }, { "name", name },
                { "provider_config_key", "aws" }, { "schema_version", 0 },
            });
        }

        var before = actions[0] == "create" ? null : values;
        var after = deleted ? null : values;
        if (actions[0] == "update" && type == "aws_kms_key")
        {
            // The typical key update: its waiting period or rotation changes.
            after = KeyValues(random, name);
        }

        var change = new OrderedMap { { "actions", new List<object>(actions) } };
        change.Add("before", before ?? (object)NullValue.Instance);
        change.Add("after", after ?? (object)NullValue.Instance);
        change.Add("after_unknown", new OrderedMap());
        var resourceChange = new OrderedMap
        {
            { "address", address }, { "mode", "managed" }, { "type", type }, { "name", name },
            { "provider_name", "registry.terraform.io/hashicorp/aws" }, { "change", change },
        };
        if (actions.Length == 2)
        {
            change.Add("replace_paths", new List<object> { new List<object> { "key_usage" } });
            resourceChange.Add("action_reason", "replace_because_cannot_update");
        }

        changes.Add(resourceChange);
    }

    private static OrderedMap KeyValues(Random random, string service)
    {
        var keyId = Guid(random);
        return new OrderedMap
        {
            { "arn", "arn:aws:kms:eu-west-1:" + PolicyPrincipals.AccountId + ":key/" + keyId },
            { "bypass_policy_lockout_safety_check", false },
            { "customer_master_key_spec", "SYMMETRIC_DEFAULT" },
            { "deletion_window_in_days", random.Pick(new[] { 7, 10, 30, 30, 30 }) },
            { "description", service + " data" },
            { "enable_key_rotation", random.Chance(0.8) },
            { "id", keyId },
            { "is_enabled", true },
            { "key_id", keyId },
            { "key_usage", "ENCRYPT_DECRYPT" },
            { "multi_region", false },
            { "policy", KeyPolicyFactory.CreateText(random) },
            { "rotation_period_in_days", 365 },
            { "tags", new OrderedMap { { "service", service } } },
        };
    }

    private static OrderedMap BucketValues(string service) => new()
    {
        { "bucket", "staging-" + service + "-" + PolicyPrincipals.AccountId },
        { "force_destroy", false },
        { "tags", new OrderedMap { { "service", service } } },
    };

    private static OrderedMap QueueValues(string service) => new()
    {
        { "name", "staging-" + service },
        { "visibility_timeout_seconds", 180 },
        { "message_retention_seconds", 345600 },
        { "sqs_managed_sse_enabled", true },
    };

    private static string Guid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new System.Guid(bytes).ToString();
    }
}
