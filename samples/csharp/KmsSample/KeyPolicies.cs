using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;

namespace KmsSample;

/// <summary>Key policies the service applies when it creates tenant keys.</summary>
public sealed class KeyPolicies(IAmazonKeyManagementService kms)
{
    /// <summary>The account keeps full control, so IAM policies decide who may delete.</summary>
    private const string AccountPolicy = """
        {
          "Version": "2012-10-17",
          "Statement": [
            { "Sid": "Enable IAM User Permissions", "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "kms:*", "Resource": "*" }
          ]
        }
        """;

    /// <summary>Meant to share the key with partners, but lets anyone schedule its deletion.</summary>
    private const string SharedPolicy = """
        {
          "Version": "2012-10-17",
          "Statement": [
            { "Sid": "Enable IAM User Permissions", "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "kms:*", "Resource": "*" },
            { "Sid": "Partners", "Effect": "Allow", "Principal": "*", "Action": "kms:*", "Resource": "*" }
          ]
        }
        """;

    public Task<CreateKeyResponse> CreateTenantKeyAsync() =>
        kms.CreateKeyAsync(new CreateKeyRequest { Description = "tenant data", Policy = AccountPolicy });

    public Task<PutKeyPolicyResponse> ShareAsync(string keyId) =>
        kms.PutKeyPolicyAsync(new PutKeyPolicyRequest { KeyId = keyId, PolicyName = "default", Policy = SharedPolicy, BypassPolicyLockoutSafetyCheck = true });
}
