using System.Collections.Generic;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.PolicyEngine.Terraform;

/// <summary>The AWS provider's KMS resource types and what KmsGuardrails reads from each.</summary>
internal static class TerraformResources
{
    public const string Key = "aws_kms_key";
    public const string ReplicaKey = "aws_kms_replica_key";
    public const string ExternalKey = "aws_kms_external_key";
    public const string ReplicaExternalKey = "aws_kms_replica_external_key";
    public const string KeyPolicy = "aws_kms_key_policy";
    public const string CustomKeyStore = "aws_kms_custom_key_store";

    /// <summary>Resource types that are KMS keys: destroying one schedules the key's deletion.</summary>
    public static readonly HashSet<string> Keys = new() { Key, ReplicaKey, ExternalKey, ReplicaExternalKey };

    public static bool IsReplica(string type) => type is ReplicaKey or ReplicaExternalKey;

    public static bool IsExternal(string type) => type is ExternalKey or ReplicaExternalKey;

    /// <summary>
    /// Arguments whose change makes Terraform replace the key (ForceNew in the provider), so the
    /// old key is scheduled for deletion.
    /// </summary>
    public static readonly Dictionary<string, ReplacementArgument[]> ReplacementArguments = new()
    {
        [Key] = new[]
        {
            new ReplacementArgument("key_usage", Default: KeyCreationRequest.DefaultKeyUsage),
            new ReplacementArgument("customer_master_key_spec", Default: KeyCreationRequest.DefaultKeySpec),
            new ReplacementArgument("multi_region", Computed: true),
            new ReplacementArgument("custom_key_store_id"),
            new ReplacementArgument("xks_key_id"),
        },
        [ReplicaKey] = new[] { new ReplacementArgument("primary_key_arn") },
        [ExternalKey] = new[]
        {
            new ReplacementArgument("multi_region", Computed: true),
            new ReplacementArgument("key_spec", Default: KeyCreationRequest.DefaultKeySpec),
            new ReplacementArgument("key_usage", Default: KeyCreationRequest.DefaultKeyUsage),
        },
        [ReplicaExternalKey] = new[] { new ReplacementArgument("primary_key_arn") },
    };
}
