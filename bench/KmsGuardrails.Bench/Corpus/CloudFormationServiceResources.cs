using System;
using System.Collections.Generic;

namespace KmsGuardrails.Bench.Corpus;

/// <summary>
/// The non-KMS resources of one service: a bucket, a queue with its dead-letter queue, a Lambda
/// function with its role and log group, sometimes a topic. Encrypted with the service's key when
/// it has one, with AWS-managed encryption otherwise.
/// </summary>
internal static class CloudFormationServiceResources
{
    private const string FunctionCode = """
        import json
        import os

        def handler(event, context):
            records = event.get("Records", [])
            print(json.dumps({"stage": os.environ["STAGE"], "records": len(records)}))
            return {"processed": len(records)}
        """;

    public static void Add(OrderedMap resources, Random random, string service, bool hasKey)
    {
        var name = ServiceNames.Pascal(service);
        var keyArn = Intrinsic.GetAtt(name + "Key", "Arn");

        resources.Add(name + "Bucket", Bucket(hasKey, keyArn));
        resources.Add(name + "DeadLetterQueue", Queue(hasKey, name, deadLetterTarget: null));
        resources.Add(name + "Queue", Queue(hasKey, name, deadLetterTarget: name + "DeadLetterQueue"));
        resources.Add(name + "FunctionRole", Role(service, name, hasKey));
        resources.Add(name + "Function", Function(random, name, hasKey));
        if (random.Chance(0.5))
        {
            resources.Add(name + "LogGroup", LogGroup(random, name, hasKey));
        }

        if (random.Chance(0.3))
        {
            var topic = new OrderedMap { { "TopicName", Intrinsic.Sub("${Stage}-" + service + "-events") } };
            topic.Add("KmsMasterKeyId", hasKey ? Intrinsic.Ref(name + "Key") : "alias/aws/sns");
            resources.Add(name + "Topic", new OrderedMap { { "Type", "AWS::SNS::Topic" }, { "Properties", topic } });
        }
    }

    private static OrderedMap Bucket(bool hasKey, Intrinsic keyArn)
    {
        var encryptionDefault = hasKey
            ? new OrderedMap { { "SSEAlgorithm", "aws:kms" }, { "KMSMasterKeyID", keyArn } }
            : new OrderedMap { { "SSEAlgorithm", "AES256" } };
        return new OrderedMap
        {
            { "Type", "AWS::S3::Bucket" },
            { "DeletionPolicy", "Retain" },
            { "UpdateReplacePolicy", "Retain" },
            { "Properties", new OrderedMap
                {
                    { "BucketEncryption", new OrderedMap
                        {
                            { "ServerSideEncryptionConfiguration", new List<object>
                                {
                                    new OrderedMap { { "ServerSideEncryptionByDefault", encryptionDefault }, { "BucketKeyEnabled", hasKey } },
                                }
                            },
                        }
                    },
                    { "VersioningConfiguration", new OrderedMap { { "Status", Intrinsic.If("IsProd", "Enabled", "Suspended") } } },
                    { "PublicAccessBlockConfiguration", new OrderedMap
                        {
                            { "BlockPublicAcls", true }, { "BlockPublicPolicy", true }, { "IgnorePublicAcls", true }, { "RestrictPublicBuckets", true },
                        }
                    },
                    { "LifecycleConfiguration", new OrderedMap
                        {
                            { "Rules", new List<object>
                                {
                                    new OrderedMap { { "Id", "expire-old-objects" }, { "Status", "Enabled" }, { "ExpirationInDays", Intrinsic.Ref("RetentionDays") } },
                                }
                            },
                        }
                    },
                }
            },
        };
    }

    private static OrderedMap Queue(bool hasKey, string name, string? deadLetterTarget)
    {
        var properties = new OrderedMap();
        if (hasKey)
        {
            properties.Add("KmsMasterKeyId", Intrinsic.Ref(name + "Key"));
            properties.Add("KmsDataKeyReusePeriodSeconds", 300);
        }
        else
        {
            properties.Add("SqsManagedSseEnabled", true);
        }

        if (deadLetterTarget is null)
        {
            properties.Add("MessageRetentionPeriod", 1209600);
        }
        else
        {
            properties.Add("VisibilityTimeout", 180);
            properties.Add("RedrivePolicy", new OrderedMap
            {
                { "deadLetterTargetArn", Intrinsic.GetAtt(deadLetterTarget, "Arn") },
                { "maxReceiveCount", 5 },
            });
        }

        return new OrderedMap { { "Type", "AWS::SQS::Queue" }, { "Properties", properties } };
    }

    private static OrderedMap Role(string service, string name, bool hasKey)
    {
        var statements = new List<object>
        {
            new OrderedMap
            {
                { "Effect", "Allow" },
                { "Action", new List<object> { "s3:GetObject", "s3:PutObject" } },
                { "Resource", Intrinsic.Sub("${" + name + "Bucket.Arn}/*") },
            },
            new OrderedMap
            {
                { "Effect", "Allow" },
                { "Action", new List<object> { "sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes" } },
                { "Resource", Intrinsic.GetAtt(name + "Queue", "Arn") },
            },
        };
        if (hasKey)
        {
            statements.Add(new OrderedMap
            {
                { "Effect", "Allow" },
                { "Action", new List<object> { "kms:Decrypt", "kms:GenerateDataKey" } },
                { "Resource", Intrinsic.GetAtt(name + "Key", "Arn") },
            });
        }

        return new OrderedMap
        {
            { "Type", "AWS::IAM::Role" },
            { "Properties", new OrderedMap
                {
                    { "AssumeRolePolicyDocument", new OrderedMap
                        {
                            { "Version", "2012-10-17" },
                            { "Statement", new List<object>
                                {
                                    new OrderedMap
                                    {
                                        { "Effect", "Allow" },
                                        { "Principal", new OrderedMap { { "Service", new List<object> { "lambda.amazonaws.com" } } } },
                                        { "Action", new List<object> { "sts:AssumeRole" } },
                                    },
                                }
                            },
                        }
                    },
                    { "ManagedPolicyArns", new List<object> { Intrinsic.Sub("arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole") } },
                    { "Policies", new List<object>
                        {
                            new OrderedMap
                            {
                                { "PolicyName", service + "-access" },
                                { "PolicyDocument", new OrderedMap { { "Version", "2012-10-17" }, { "Statement", statements } } },
                            },
                        }
                    },
                }
            },
        };
    }

    private static OrderedMap Function(Random random, string name, bool hasKey)
    {
        var properties = new OrderedMap
        {
            { "Runtime", random.Pick(new[] { "python3.12", "python3.13" }) },
            { "Handler", "index.handler" },
            { "Role", Intrinsic.GetAtt(name + "FunctionRole", "Arn") },
            { "Timeout", 30 },
            { "MemorySize", Intrinsic.If("IsProd", 512, 256) },
            { "Environment", new OrderedMap
                {
                    { "Variables", new OrderedMap
                        {
                            { "STAGE", Intrinsic.Ref("Stage") },
                            { "BUCKET", Intrinsic.Ref(name + "Bucket") },
                            { "QUEUE_URL", Intrinsic.Ref(name + "Queue") },
                        }
                    },
                }
            },
            { "Code", new OrderedMap { { "ZipFile", FunctionCode } } },
        };
        if (hasKey)
        {
            properties.Add("KmsKeyArn", Intrinsic.GetAtt(name + "Key", "Arn"));
        }

        return new OrderedMap { { "Type", "AWS::Lambda::Function" }, { "Properties", properties } };
    }

    private static OrderedMap LogGroup(Random random, string name, bool hasKey)
    {
        var properties = new OrderedMap
        {
            { "LogGroupName", Intrinsic.Sub("/aws/lambda/${" + name + "Function}") },
            { "RetentionInDays", random.Pick(new[] { 14, 30, 90, 365 }) },
        };
        if (hasKey)
        {
            properties.Add("KmsKeyId", Intrinsic.GetAtt(name + "Key", "Arn"));
        }

        return new OrderedMap { { "Type", "AWS::Logs::LogGroup" }, { "Properties", properties } };
    }
}
