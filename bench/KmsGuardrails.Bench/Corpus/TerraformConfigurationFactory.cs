using System;
using System.Collections.Generic;

namespace KmsGuardrails.Bench.Corpus;

/// <summary>
/// One Terraform JSON configuration (*.tf.json) for one to three services: variables, a key with
/// its alias and policy (literal JSON or an aws_iam_policy_document), and the bucket, queue, role
/// and function that use it.
/// </summary>
internal static class TerraformConfigurationFactory
{
    public static OrderedMap Create(Random random)
    {
        var services = ServiceNames.For(random, 1 + random.Next(3));
        var resources = new OrderedMap();
        var policyDocuments = new OrderedMap();
        foreach (var service in services)
        {
            var hasKey = random.Chance(0.85);
            if (hasKey)
            {
                AddKey(resources.Child("aws_kms_key"), resources.Child("aws_kms_alias"), policyDocuments, random, service);
            }

            AddServiceResources(resources, random, service, hasKey);
        }

        var document = new OrderedMap
        {
            { "terraform", new OrderedMap
                {
                    { "required_providers", new OrderedMap { { "aws", new OrderedMap { { "source", "hashicorp/aws" }, { "version", "~> 5.0" } } } } },
                }
            },
            { "variable", new OrderedMap
                {
                    { "stage", new OrderedMap { { "type", "string" }, { "default", "staging" } } },
                    { "deletion_window_in_days", new OrderedMap { { "type", "number" }, { "default", random.Pick(new[] { 7, 30, 30 }) } } },
                }
            },
        };
        var data = new OrderedMap { { "aws_caller_identity", new OrderedMap { { "current", new OrderedMap() } } } };
        if (policyDocuments.Count > 0)
        {
            data.Add("aws_iam_policy_document", policyDocuments);
        }

        document.Add("data", data);
        document.Add("resource", resources);
        return document;
    }

    private static void AddKey(OrderedMap keys, OrderedMap aliases, OrderedMap policyDocuments, Random random, string service)
    {
        var key = new OrderedMap
        {
            { "description", service + " data" },
            { "deletion_window_in_days", random.Chance(0.3) ? "${var.deletion_window_in_days}" : random.Pick(new[] { 7, 10, 30, 30, 30, 5, 45 }) },
            { "enable_key_rotation", true },
        };
        if (random.Chance(0.5))
        {
            key.Add("policy", KeyPolicyFactory.CreateText(random));
        }
        else if (random.Chance(0.6))
        {
            policyDocuments.Add(service + "_key", PolicyDocument(random));
            key.Add("policy", "${data.aws_iam_policy_document." + service + "_key.json}");
        }

        if (random.Chance(0.4))
        {
            key.Add("lifecycle", new OrderedMap { { "prevent_destroy", true } });
        }

        key.Add("tags", new OrderedMap { { "service", service }, { "stage", "${var.stage}" } });
        keys.Add(service, key);
        aliases.Add(service, new OrderedMap
        {
            { "name", "alias/${var.stage}/" + service },
            { "target_key_id", "${aws_kms_key." + service + ".key_id}" },
        });
    }

    private static OrderedMap PolicyDocument(Random random)
    {
        var statements = new List<object>
        {
            new OrderedMap
            {
                { "sid", "EnableIamUserPermissions" },
                { "effect", "Allow" },
                { "actions", new List<object> { "kms:*" } },
                { "resources", new List<object> { "*" } },
                { "principals", new List<object> { Principals("AWS", "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root") } },
            },
        };
        if (random.Chance(0.3))
        {
            statements.Add(new OrderedMap
            {
                { "sid", "AllowUse" },
                { "effect", "Allow" },
                { "actions", new List<object> { "kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*" } },
                { "resources", new List<object> { "*" } },
                { "principals", new List<object> { Principals("AWS", "arn:aws:iam::" + PolicyPrincipals.AccountId + ":role/ApplicationRole") } },
            });
        }

        return new OrderedMap { { "statement", statements } };
    }

    private static OrderedMap Principals(string type, string identifier) =>
        new() { { "type", type }, { "identifiers", new List<object> { identifier } } };

    private static void AddServiceResources(OrderedMap resources, Random random, string service, bool hasKey)
    {
        var keyArn = "${aws_kms_key." + service + ".arn}";
        resources.Child("aws_s3_bucket").Add(service, new OrderedMap
        {
            { "bucket", "${var.stage}-" + service + "-${data.aws_caller_identity.current.account_id}" },
        });
        var encryptionDefault = hasKey
            ? new OrderedMap { { "sse_algorithm", "aws:kms" }, { "kms_master_key_id", keyArn } }
            : new OrderedMap { { "sse_algorithm", "AES256" } };
        resources.Child("aws_s3_bucket_server_side_encryption_configuration").Add(service, new OrderedMap
        {
            { "bucket", "${aws_s3_bucket." + service + ".id}" },
            { "rule", new List<object> { new OrderedMap { { "apply_server_side_encryption_by_default", new List<object> { encryptionDefault } }, { "bucket_key_enabled", hasKey } } } },
        });

        var queue = new OrderedMap { { "name", "${var.stage}-" + service }, { "visibility_timeout_seconds", 180 } };
        queue.Add(hasKey ? "kms_master_key_id" : "sqs_managed_sse_enabled", hasKey ? "${aws_kms_key." + service + ".key_id}" : true);
        resources.Child("aws_sqs_queue").Add(service, queue);

        resources.Child("aws_iam_role").Add(service + "_function", new OrderedMap
        {
            { "name", "${var.stage}-" + service + "-function" },
            { "assume_role_policy", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}" },
        });

        var function = new OrderedMap
        {
            { "function_name", "${var.stage}-" + service },
            { "role", "${aws_iam_role." + service + "_function.arn}" },
            { "runtime", random.Pick(new[] { "python3.12", "nodejs20.x" }) },
            { "handler", "index.handler" },
            { "filename", "build/" + service + ".zip" },
            { "timeout", 30 },
            { "environment", new List<object> { new OrderedMap { { "variables", new OrderedMap { { "STAGE", "${var.stage}" }, { "QUEUE_URL", "${aws_sqs_queue." + service + ".url}" } } } } } },
        };
        if (hasKey)
        {
            function.Add("kms_key_arn", keyArn);
        }

        resources.Child("aws_lambda_function").Add(service, function);
    }
}
