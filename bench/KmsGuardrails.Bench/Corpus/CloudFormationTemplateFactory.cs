using System;
using System.Collections.Generic;

namespace KmsGuardrails.Bench.Corpus;

/// <summary>
/// One CloudFormation template for one to four services: parameters with defaults, conditions,
/// each service's resources (most with a KMS key), and outputs that export the keys.
/// </summary>
internal static class CloudFormationTemplateFactory
{
    public static OrderedMap Create(Random random)
    {
        var services = ServiceNames.For(random, 1 + random.Next(4));
        var withKeys = new List<string>();
        foreach (var service in services)
        {
            // About one service in six manages no key of its own.
            if (random.Chance(0.83))
            {
                withKeys.Add(service);
            }
        }

        var windowFromParameter = withKeys.Count > 0 && random.Chance(0.25);
        var resources = new OrderedMap();
        foreach (var service in services)
        {
            var hasKey = withKeys.Contains(service);
            if (hasKey)
            {
                CloudFormationKeyResources.Add(resources, random, service, windowFromParameter && service == withKeys[0]);
            }

            CloudFormationServiceResources.Add(resources, random, service, hasKey);
        }

        return new OrderedMap
        {
            { "AWSTemplateFormatVersion", "2010-09-09" },
            { "Description", "Infrastructure of the " + string.Join(", ", services) + " service" + (services.Count > 1 ? "s" : string.Empty) + "." },
            { "Parameters", Parameters(random, windowFromParameter) },
            { "Conditions", new OrderedMap { { "IsProd", Intrinsic.Equal(Intrinsic.Ref("Stage"), "prod") } } },
            { "Resources", resources },
            { "Outputs", Outputs(withKeys) },
        };
    }

    private static OrderedMap Parameters(Random random, bool windowFromParameter)
    {
        var parameters = new OrderedMap
        {
            { "Stage", new OrderedMap
                {
                    { "Type", "String" },
                    { "AllowedValues", new List<object> { "dev", "staging", "prod" } },
                    { "Default", "staging" },
                    { "Description", "Deployment stage." },
                }
            },
            { "RetentionDays", new OrderedMap
                {
                    { "Type", "Number" },
                    { "Default", random.Pick(new[] { 30, 90, 365 }) },
                    { "MinValue", 1 },
                    { "Description", "Days before objects expire." },
                }
            },
        };
        if (windowFromParameter)
        {
            parameters.Add("DeletionWindowDays", new OrderedMap
            {
                { "Type", "Number" },
                { "Default", random.Pick(new[] { 7, 30, 30, 5 }) },
                { "Description", "Days before a removed key is deleted." },
            });
        }

        return parameters;
    }

    private static OrderedMap Outputs(IReadOnlyList<string> withKeys)
    {
        var outputs = new OrderedMap();
        foreach (var service in withKeys)
        {
            var name = ServiceNames.Pascal(service);
            outputs.Add(name + "KeyArn", new OrderedMap
            {
                { "Description", "ARN of the " + service + " key." },
                { "Value", Intrinsic.GetAtt(name + "Key", "Arn") },
                { "Export", new OrderedMap { { "Name", Intrinsic.Sub("${AWS::StackName}-" + service + "-key-arn") } } },
            });
        }

        outputs.Add("Stage", new OrderedMap { { "Value", Intrinsic.Ref("Stage") } });
        return outputs;
    }
}
