using System.Threading.Tasks;
using KmsGuardrails.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = KmsGuardrails.Analyzers.Tests.Verification.AnalyzerVerifier<KmsGuardrails.Analyzers.Rules.KeyPolicyAnalyzer>;

namespace KmsGuardrails.Analyzers.Tests.Rules;

public sealed class Kms016LockoutSafetyCheckBypassedTests
{
    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4_0)]
    [InlineData(SdkVersion.V4_1)]
    public Task Bypass_set_to_true_on_PutKeyPolicy_and_CreateKey(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Policies
        {
            const bool Force = true;

            async Task ApplyAsync(IAmazonKeyManagementService kms, string keyId, string policy)
            {
                await kms.PutKeyPolicyAsync(new PutKeyPolicyRequest { KeyId = keyId, PolicyName = "default", Policy = policy, BypassPolicyLockoutSafetyCheck = {|#0:true|} });
                var create = new CreateKeyRequest { Policy = policy };
                create.BypassPolicyLockoutSafetyCheck = {|#1:Force|};
                await kms.CreateKeyAsync(create);
            }
        }
        """,
        expected: new[]
        {
            new DiagnosticResult("KMS016", DiagnosticSeverity.Warning).WithLocation(0)
                .WithMessage("Key 'keyId': BypassPolicyLockoutSafetyCheck is enabled, so a policy that locks everyone out of the key is accepted"),
            new DiagnosticResult("KMS016", DiagnosticSeverity.Warning).WithLocation(1).WithArguments("new key"),
        });

    [Fact]
    public Task Silent_when_false_or_unknown() => Verify.VerifyAsync(SdkVersion.V4_1, Sources.Usings + """
        class Policies
        {
            async Task ApplyAsync(IAmazonKeyManagementService kms, string keyId, string policy, bool force)
            {
                await kms.PutKeyPolicyAsync(new PutKeyPolicyRequest { KeyId = keyId, PolicyName = "default", Policy = policy, BypassPolicyLockoutSafetyCheck = false });
                await kms.PutKeyPolicyAsync(new PutKeyPolicyRequest { KeyId = keyId, PolicyName = "default", Policy = policy, BypassPolicyLockoutSafetyCheck = force });
            }
        }
        """);
}
