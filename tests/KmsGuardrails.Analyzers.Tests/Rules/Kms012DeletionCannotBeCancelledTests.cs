using System.Threading.Tasks;
using KmsGuardrails.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = KmsGuardrails.Analyzers.Tests.Verification.AnalyzerVerifier<KmsGuardrails.Analyzers.Rules.KeyPolicyAnalyzer>;

namespace KmsGuardrails.Analyzers.Tests.Rules;

public sealed class Kms012DeletionCannotBeCancelledTests
{
    private const string DenyCancel = """
        const string Locked = @"{ ""Version"": ""2012-10-17"", ""Statement"": [
          { ""Sid"": ""Enable IAM User Permissions"", ""Effect"": ""Allow"", ""Principal"": { ""AWS"": ""arn:aws:iam::111122223333:root"" }, ""Action"": ""kms:*"", ""Resource"": ""*"" },
          { ""Sid"": ""NoCancel"", ""Effect"": ""Deny"", ""Principal"": ""*"", ""Action"": ""kms:CancelKeyDeletion"", ""Resource"": ""*"" } ] }";
        """;

    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4_0)]
    [InlineData(SdkVersion.V4_1)]
    public Task Cancel_denied_to_everyone(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + "class Hardening {\n" + DenyCancel + """

            Task ApplyAsync(IAmazonKeyManagementService kms) =>
                kms.PutKeyPolicyAsync(new PutKeyPolicyRequest { KeyId = "1234abcd-12ab-34cd-56ef-1234567890ab", PolicyName = "default", Policy = {|#0:Locked|} });
        }
        """,
        expected: new DiagnosticResult("KMS012", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("Key policy '1234abcd-12ab-34cd-56ef-1234567890ab': statement 'Enable IAM User Permissions' can schedule deletion of the key, but kms:CancelKeyDeletion is denied by statement 'NoCancel'"));

    [Fact]
    public Task Sync_convenience_overload_in_v3() => Verify.VerifyAsync(SdkVersion.V3, Sources.Usings + "class Hardening {\n" + DenyCancel + """

            void Apply(AmazonKeyManagementServiceClient kms, string keyId) => kms.PutKeyPolicy(keyId, {|#0:Locked|}, "default");
        }
        """,
        expected: new DiagnosticResult("KMS012", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("keyId", "statement 'Enable IAM User Permissions'", "kms:CancelKeyDeletion is denied by statement 'NoCancel'"));

    [Fact]
    public Task Silent_for_the_default_policy_and_a_conditional_deny() => Verify.VerifyAsync(SdkVersion.V4_1, Sources.Usings + """
        class Safe
        {
            const string Default = @"{ ""Version"": ""2012-10-17"", ""Id"": ""key-default-1"", ""Statement"": [
              { ""Sid"": ""Enable IAM User Permissions"", ""Effect"": ""Allow"", ""Principal"": { ""AWS"": ""arn:aws:iam::111122223333:root"" }, ""Action"": ""kms:*"", ""Resource"": ""*"" } ] }";
            const string OrgOnly = @"{ ""Version"": ""2012-10-17"", ""Statement"": [
              { ""Effect"": ""Allow"", ""Principal"": { ""AWS"": ""arn:aws:iam::111122223333:root"" }, ""Action"": ""kms:*"", ""Resource"": ""*"" },
              { ""Effect"": ""Deny"", ""Principal"": ""*"", ""Action"": ""kms:CancelKeyDeletion"", ""Resource"": ""*"",
                ""Condition"": { ""StringNotEquals"": { ""aws:PrincipalOrgID"": ""o-exampleorgid"" } } } ] }";

            async Task ApplyAsync(IAmazonKeyManagementService kms)
            {
                await kms.CreateKeyAsync(new CreateKeyRequest { Policy = Default });
                await kms.CreateKeyAsync(new CreateKeyRequest { Policy = OrgOnly });
            }
        }
        """);
}
