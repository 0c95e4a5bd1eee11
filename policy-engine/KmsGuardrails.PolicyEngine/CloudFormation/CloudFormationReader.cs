using System;
using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.Rules.Documents;
using KmsGuardrails.Rules.Lifecycle;
using KmsGuardrails.Rules.Monitoring;

namespace KmsGuardrails.PolicyEngine.CloudFormation;

/// <summary>
/// Translates a CloudFormation (or SAM) template into <see cref="KeyDeclaration"/>s: AWS::KMS::Key
/// and AWS::KMS::ReplicaKey with their properties resolved through parameters, conditions and
/// mappings, their DeletionPolicy/UpdateReplacePolicy, and the suppressions in their Metadata.
/// </summary>
internal static class CloudFormationReader
{
    public const string KeyType = "AWS::KMS::Key";
    public const string ReplicaKeyType = "AWS::KMS::ReplicaKey";

    private static readonly string[] RetainPolicies = { "Retain", "RetainExceptOnCreate" };

    /// <summary>
    /// createOnly properties: a change replaces the resource. AWS::KMS::Key has none (a change to
    /// KeySpec, KeyUsage, Origin or MultiRegion makes the update fail instead).
    /// </summary>
    private static readonly ReplacementArgument[] ReplicaReplacementArguments = { new("PrimaryKeyArn") };

    /// <summary>True when the document looks like a CloudFormation template.</summary>
    public static bool IsTemplate(DocNode root) =>
        root is DocMap map && (map["AWSTemplateFormatVersion"] is not null || map["Resources"] is DocMap resources && resources.Members.Any(r => r.Value is DocMap { } resource && resource["Type"] is DocScalar));

    public static InfrastructureModel Read(string file, DocMap template)
    {
        var problems = UnknownTags(file, template).ToList();
        if (template["Resources"] is not DocMap resources)
        {
            problems.Add(new InputProblem(file, template.Position, "the template has no Resources section"));
            return new InfrastructureModel { Problems = problems };
        }

        var resolver = new ValueResolver(template["Parameters"] as DocMap, template["Mappings"] as DocMap);
        var policyReader = new CloudFormationPolicies(resolver);
        var replicas = ReplicasByPrimary(resources);
        var keys = new List<KeyDeclaration>();
        var policies = new List<PolicyDeclaration>();
        var filters = new List<MetricFilter>();
        var alarms = new List<MetricAlarm>();
        foreach (var member in resources.Members)
        {
            if (member.Value is DocMap monitor)
            {
                filters.AddRange(CloudFormationMonitoring.Filters(member.Key, monitor, member.KeyPosition, resolver));
                alarms.AddRange(CloudFormationMonitoring.Alarms(member.Key, monitor, member.KeyPosition, resolver));
            }

            if (member.Value is not DocMap resource || resource["Type"] is not DocScalar { Text: KeyType or ReplicaKeyType } type)
            {
                continue;
            }

            var properties = resource["Properties"] as DocMap;
            IReadOnlyList<Alternative>? Property(string name) => properties?[name] is { } value ? resolver.Resolve(value) : null;
            var isReplica = type.Text == ReplicaKeyType;
            var conditions = resource["Condition"] is DocScalar { Text: { } condition } ? new[] { condition + " is true" } : Array.Empty<string>();
            var suppressions = MetadataSuppressions.Read(resource["Metadata"]);
            keys.Add(new KeyDeclaration
            {
                File = file,
                Address = member.Key,
                ResourceType = type.Text!,
                Position = member.KeyPosition,
                Conditions = conditions,
                IsReplica = isReplica,
                ReplicasDeclared = replicas.TryGetValue(member.Key, out var count) ? count : 0,
                PendingWindowInDays = Property("PendingWindowInDays"),
                KeySpec = Property("KeySpec"),
                KeyUsage = Property("KeyUsage"),
                MultiRegion = Property("MultiRegion"),
                Origin = Property("Origin"),
                Enabled = Property("Enabled"),
                Retention = Retention(resource, resolver, type, isReplica),
                ReplacementInputs = (isReplica ? ReplicaReplacementArguments : Array.Empty<ReplacementArgument>())
                    .Select(argument => new ReplacementInput(argument, properties?[argument.Name], properties?[argument.Name]?.Position ?? member.KeyPosition)).ToList(),
                Suppressions = suppressions,
            });
            policies.Add(new PolicyDeclaration
            {
                File = file,
                Address = member.Key,
                Position = member.KeyPosition,
                Conditions = conditions,
                Policies = policyReader.Read(properties?["KeyPolicy"]),
                BypassPolicyLockoutSafetyCheck = Property("BypassPolicyLockoutSafetyCheck"),
                Suppressions = suppressions,
            });
        }

        return new InfrastructureModel { Keys = keys, Policies = policies, MetricFilters = filters, Alarms = alarms, Problems = problems };
    }

    /// <summary>
    /// A key survives stack deletion only with DeletionPolicy Retain. A replica can also be
    /// replaced (its PrimaryKeyArn is create-only), so it needs UpdateReplacePolicy Retain too;
    /// an AWS::KMS::Key update that would replace it fails instead.
    /// </summary>
    private static Retention Retention(DocMap resource, ValueResolver resolver, DocScalar type, bool isReplica)
    {
        foreach (var attribute in isReplica ? new[] { "DeletionPolicy", "UpdateReplacePolicy" } : new[] { "DeletionPolicy" })
        {
            if (resource.Member(attribute) is not { } declared)
            {
                return new Retention(TriState.False, null, $"it has no {attribute}, so CloudFormation schedules its deletion when {(attribute == "DeletionPolicy" ? "the stack or the resource is deleted" : "the resource is replaced")}");
            }

            foreach (var alternative in resolver.Resolve(declared.Value))
            {
                if (!alternative.IsKnown)
                {
                    return new Retention(TriState.Unknown, declared.Value, attribute + " is not known");
                }

                if (!RetainPolicies.Contains(alternative.Scalar?.Text))
                {
                    return new Retention(TriState.False, alternative.Location, $"its {attribute} is {alternative.Scalar?.Text ?? "empty"}, so CloudFormation schedules its deletion")
                    {
                        Conditions = alternative.Conditions,
                    };
                }
            }
        }

        return new Retention(TriState.True, resource.Member("DeletionPolicy")?.Value, "retained");
    }

    /// <summary>Counts the replica keys of each key of the template: PrimaryKeyArn: !GetAtt Key.Arn (or Ref).</summary>
    private static Dictionary<string, int> ReplicasByPrimary(DocMap resources)
    {
        var replicas = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var member in resources.Members)
        {
            if (member.Value is DocMap resource && resource["Type"] is DocScalar { Text: ReplicaKeyType }
                && (resource["Properties"] as DocMap)?["PrimaryKeyArn"] is { } arn && ReferencedResource(arn) is { } primary)
            {
                replicas[primary] = replicas.TryGetValue(primary, out var count) ? count + 1 : 1;
            }
        }

        return replicas;
    }

    private static string? ReferencedResource(DocNode value)
    {
        if (!Intrinsics.TryGetCall(value, out var function, out var argument))
        {
            return null;
        }

        return function switch
        {
            "Ref" => (argument as DocScalar)?.Text,
            "Fn::GetAtt" when argument is DocScalar { Text: { } text } => text.Split('.')[0],
            "Fn::GetAtt" when argument is DocList { Items.Count: > 0 } list => (list.Items[0] as DocScalar)?.Text,
            _ => null,
        };
    }

    private static IEnumerable<InputProblem> UnknownTags(string file, DocNode node)
    {
        var pending = new Stack<DocNode>();
        pending.Push(node);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current.Tag is { } tag && Intrinsics.IsUnknownTag(tag))
            {
                yield return new InputProblem(file, current.Position, $"unknown tag {tag}: CloudFormation has no such intrinsic function");
            }

            var children = current switch
            {
                DocMap map => map.Members.Select(m => m.Value),
                DocList list => list.Items,
                _ => Enumerable.Empty<DocNode>(),
            };
            foreach (var child in children)
            {
                pending.Push(child);
            }
        }
    }
}
