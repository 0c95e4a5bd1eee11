using System;
using System.Collections.Generic;

namespace KmsGuardrails.Bench.Corpus;

/// <summary>AWS::KMS::Key, its alias and, for multi-Region keys, a replica, for one service.</summary>
internal static class CloudFormationKeyResources
{
    public static void Add(OrderedMap resources, Random random, string service, bool windowFromParameter)
    {
        var name = ServiceNames.Pascal(service);
        var asymmetric = random.Chance(0.1);
        var multiRegion = !asymmetric && random.Chance(0.2);

        var properties = new OrderedMap
        {
            { "Description", Intrinsic.Sub("${Stage} " + service + " data") },
        };
        if (asymmetric)
        {
            properties.Add("KeySpec", random.Pick(new[] { "RSA_2048", "RSA_4096" }));
            properties.Add("KeyUsage", random.Pick(new[] { "ENCRYPT_DECRYPT", "SIGN_VERIFY" }));
        }
        else
        {
            properties.Add("EnableKeyRotation", true);
        }

        if (multiRegion)
        {
            properties.Add("MultiRegion", true);
        }

        if (windowFromParameter)
        {
            properties.Add("PendingWindowInDays", Intrinsic.Ref("DeletionWindowDays"));
        }
        else if (random.Chance(0.6))
        {
            // Mostly valid windows; a few outside 7 to 30, as the rules exist to catch.
            properties.Add("PendingWindowInDays", random.Pick(new[] { 7, 10, 14, 30, 30, 30, 5, 45 }));
        }

        properties.Add("KeyPolicy", KeyPolicyFactory.Create(random, PolicyPrincipals.CloudFormation));
        properties.Add("Tags", new List<object>
        {
            new OrderedMap { { "Key", "service" }, { "Value", service } },
            new OrderedMap { { "Key", "stage" }, { "Value", Intrinsic.Ref("Stage") } },
        });

        var key = new OrderedMap { { "Type", "AWS::KMS::Key" } };
        AddRetention(key, random);
        key.Add("Properties", properties);
        resources.Add(name + "Key", key);

        resources.Add(name + "KeyAlias", new OrderedMap
        {
            { "Type", "AWS::KMS::Alias" },
            { "Properties", new OrderedMap
                {
                    { "AliasName", Intrinsic.Sub("alias/${Stage}/" + service) },
                    { "TargetKeyId", Intrinsic.Ref(name + "Key") },
                }
            },
        });

        if (multiRegion)
        {
            var replica = new OrderedMap { { "Type", "AWS::KMS::ReplicaKey" } };
            AddRetention(replica, random);
            replica.Add("Properties", new OrderedMap
            {
                { "PrimaryKeyArn", Intrinsic.GetAtt(name + "Key", "Arn") },
                { "Description", Intrinsic.Sub("${Stage} " + service + " data, disaster-recovery replica") },
                { "PendingWindowInDays", 30 },
                { "KeyPolicy", KeyPolicyFactory.Create(random, PolicyPrincipals.CloudFormation) },
            });
            resources.Add(name + "KeyReplica", replica);
        }
    }

    private static void AddRetention(OrderedMap resource, Random random)
    {
        switch (random.Next(4))
        {
            case 0:
                resource.Add("DeletionPolicy", "Retain");
                resource.Add("UpdateReplacePolicy", "Retain");
                break;
            case 1:
                resource.Add("DeletionPolicy", Intrinsic.If("IsProd", "Retain", "Delete"));
                resource.Add("UpdateReplacePolicy", Intrinsic.If("IsProd", "Retain", "Delete"));
                break;
            default:
                // No retention: the stack's deletion schedules the key's.
                break;
        }
    }
}
