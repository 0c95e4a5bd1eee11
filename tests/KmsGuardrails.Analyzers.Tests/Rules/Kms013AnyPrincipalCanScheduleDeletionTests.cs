using System.Threading.Tasks;
using KmsGuardrails.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = KmsGuardrails.Analyzers.Tests.Verification.AnalyzerVerifier<KmsGuardrails.Analyzers.Rules.KeyPolicyAnalyzer>;

namespace KmsGuardrails.Analyzers.Tests.Rules;

public sealed class Kms013AnyPrincipalCanScheduleDeletionTests
{
    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4_0)]
    [InlineData(SdkVersion.V4_1)]
    public Task Open_policy_constant_given_to_CreateKey(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Provisioning
        {
            const string OpenPolicy = @"{
              ""Version"": ""2012-10-17"",
              ""Statement"": [
                { ""Sid"": ""Everyone"", ""Effect"": ""Allow"", ""Principal"": ""*"", ""Action"": ""kms:*"", ""Resource"": ""*"" }
              ]
            }";

            Task<CreateKeyResponse> CreateAsync(IAmazonKeyManagementService kms) =>
                kms.CreateKeyAsync(new CreateKeyRequest { Description = "orders", Policy = {|#0:OpenPolicy|} });
        }
        """,
        expected: new DiagnosticResult("KMS013", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("Key policy 'new key': statement 'Everyone' lets any principal schedule deletion of the key"));

    [Fact]
    public Task Open_policy_given_to_PutKeyPolicy_over_several_statements() => Verify.VerifyAsync(SdkVersion.V4_1, Sources.Usings + """"
        class PolicyUpdate
        {
            const string Prefix = @"{ ""Statement"": [ { ""Effect"": ""Allow"", ""Principal"": { ""AWS"": ""*"" }, ";

            async Task ApplyAsync(IAmazonKeyManagementService kms)
            {
                var request = new PutKeyPolicyRequest { KeyId = "alias/orders", PolicyName = "default" };
                request.Policy = {|#0:Prefix + @"""Action"": [ ""kms:Describe*"", ""kms:ScheduleKeyDeletion"", ""kms:CancelKeyDeletion"" ], ""Resource"": ""*"" } ] }"|};
                await kms.PutKeyPolicyAsync(request);
            }
        }
        """",
        expected: new DiagnosticResult("KMS013", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("Key policy 'alias/orders': statement #1 lets any principal schedule deletion of the key"));

    [Fact]
    public Task Silent_for_narrowed_wildcards_deny_wildcards_and_policies_built_at_run_time() => Verify.VerifyAsync(SdkVersion.V4_1, Sources.Usings + """
        class SafePolicies
        {
            const string Narrowed = @"{ ""Statement"": [
              { ""Effect"": ""Allow"", ""Principal"": ""*"", ""Action"": ""kms:*"", ""Resource"": ""*"",
                ""Condition"": { ""StringEquals"": { ""kms:CallerAccount"": ""111122223333"" } } },
              { ""Effect"": ""Deny"", ""Principal"": ""*"", ""Action"": ""kms:*"", ""Resource"": ""*"",
                ""Condition"": { ""Bool"": { ""aws:SecureTransport"": ""false"" } } } ] }";

            async Task ApplyAsync(IAmazonKeyManagementService kms, string keyId, string policyFromConfig)
            {
                await kms.PutKeyPolicyAsync(new PutKeyPolicyRequest { KeyId = keyId, PolicyName = "default", Policy = Narrowed });
                await kms.PutKeyPolicyAsync(new PutKeyPolicyRequest { KeyId = keyId, PolicyName = "default", Policy = policyFromConfig });
                await kms.PutKeyPolicyAsync(new PutKeyPolicyRequest { KeyId = keyId, PolicyName = "default", Policy = "{ not json" });
            }
        }
        """);
}
