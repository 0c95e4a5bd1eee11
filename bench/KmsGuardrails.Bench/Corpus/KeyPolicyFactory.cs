using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace KmsGuardrails.Bench.Corpus;

/// <summary>
/// Key policies in the shapes seen in practice: the default account-root policy, the console's
/// administrators-and-users policy, and the risky ones (administrators who cannot delete, any
/// principal allowed, a service principal with a condition), in the proportions of a real estate.
/// </summary>
internal static class KeyPolicyFactory
{
    private static readonly List<object> AdministratorActions = new()
    {
        "kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*", "kms:Revoke*",
        "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:TagResource", "kms:UntagResource",
        "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion",
    };

    private static readonly List<object> UserActions = new() { "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey" };

    public static OrderedMap Create(Random random, PolicyPrincipals principals)
    {
        var statements = new List<object>();
        var shape = random.Next(100);
        if (shape < 45)
        {
            statements.Add(Statement("Enable IAM User Permissions", principals.AccountRoot, "kms:*"));
        }
        else if (shape < 75)
        {
            statements.Add(Statement("Enable IAM User Permissions", principals.AccountRoot, "kms:*"));
            statements.Add(Statement("Allow administration of the key", principals.Administrators, AdministratorActions));
            statements.Add(Statement("Allow use of the key", principals.Users, UserActions));
        }
        else if (shape < 85)
        {
            // Administrators without the deletion actions and no account-root statement.
            var actions = AdministratorActions.GetRange(0, AdministratorActions.Count - 2);
            statements.Add(Statement("Allow administration of the key", principals.Administrators, actions));
            statements.Add(Statement("Allow use of the key", principals.Users, UserActions));
        }
        else if (shape < 93)
        {
            statements.Add(Statement("Enable IAM User Permissions", principals.AccountRoot, "kms:*"));
            var logs = Statement("Allow CloudWatch Logs", new OrderedMap { { "Service", "logs.amazonaws.com" } }, UserActions);
            logs.Add("Condition", new OrderedMap { { "ArnLike", new OrderedMap { { "kms:EncryptionContext:aws:logs:arn", "arn:aws:logs:*:" + PolicyPrincipals.AccountId + ":*" } } } });
            statements.Add(logs);
        }
        else
        {
            statements.Add(Statement("Enable IAM User Permissions", principals.AccountRoot, "kms:*"));
            statements.Add(Statement("Partners", "*", "kms:*", principalIsWildcard: true));
        }

        return new OrderedMap { { "Version", "2012-10-17" }, { "Statement", statements } };
    }

    /// <summary>The policy as the JSON text Terraform and the SDK take.</summary>
    public static string CreateText(Random random)
    {
        using var stream = new MemoryStream();
        JsonDocumentWriter.Write(stream, Create(random, PolicyPrincipals.Literal));
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static OrderedMap Statement(string sid, object principal, object actions, bool principalIsWildcard = false) => new()
    {
        { "Sid", sid },
        { "Effect", "Allow" },
        { "Principal", principalIsWildcard || principal is OrderedMap ? principal : new OrderedMap { { "AWS", principal } } },
        { "Action", actions },
        { "Resource", "*" },
    };
}
