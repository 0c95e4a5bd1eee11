namespace KmsGuardrails.Rules.Tests.Policy;

/// <summary>Key policies as AWS and real users write them, for the evaluator and hazard tests.</summary>
internal static class SamplePolicies
{
    /// <summary>What CreateKey sets when no policy is given.</summary>
    public const string Default = """
        {
          "Version": "2012-10-17",
          "Id": "key-default-1",
          "Statement": [
            {
              "Sid": "Enable IAM User Permissions",
              "Effect": "Allow",
              "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
              "Action": "kms:*",
              "Resource": "*"
            }
          ]
        }
        """;

    /// <summary>The console's policy with "Allow key administrators to delete this key" ticked.</summary>
    public static string Console(bool administratorsMayDelete, bool withRootStatement = true) => $$"""
        {
          "Id": "key-consolepolicy-3",
          "Version": "2012-10-17",
          "Statement": [
            {{(withRootStatement ? RootStatement + "," : "")}}
            {
              "Sid": "Allow access for Key Administrators",
              "Effect": "Allow",
              "Principal": { "AWS": "arn:aws:iam::111122223333:role/KeyAdmin" },
              "Action": [
                "kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*",
                "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:TagResource", "kms:UntagResource"{{(administratorsMayDelete ? ",\n        \"kms:ScheduleKeyDeletion\", \"kms:CancelKeyDeletion\"" : "")}}
              ],
              "Resource": "*"
            },
            {
              "Sid": "Allow use of the key",
              "Effect": "Allow",
              "Principal": { "AWS": "arn:aws:iam::111122223333:role/App" },
              "Action": [ "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey" ],
              "Resource": "*"
            }
          ]
        }
        """;

    private const string RootStatement = """
            {
              "Sid": "Enable IAM User Permissions",
              "Effect": "Allow",
              "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
              "Action": "kms:*",
              "Resource": "*"
            }
        """;

    /// <summary>A policy of the given statements (JSON objects, comma-separated).</summary>
    public static string Of(string statements) => """{ "Version": "2012-10-17", "Statement": [ """ + statements + " ] }";
}
