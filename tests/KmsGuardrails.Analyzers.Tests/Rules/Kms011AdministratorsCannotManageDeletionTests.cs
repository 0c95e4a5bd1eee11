using System.Threading.Tasks;
using KmsGuardrails.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = KmsGuardrails.Analyzers.Tests.Verification.AnalyzerVerifier<KmsGuardrails.Analyzers.Rules.KeyPolicyAnalyzer>;

namespace KmsGuardrails.Analyzers.Tests.Rules;

public sealed class Kms011AdministratorsCannotManageDeletionTests
{
    private static string Policy(string administratorActions) => $$"""
        const string Policy = @"{ ""Version"": ""2012-10-17"", ""Statement"": [
          { ""Sid"": ""Enable IAM User Permissions"", ""Effect"": ""Allow"", ""Principal"": { ""AWS"": ""arn:aws:iam::111122223333:root"" }, ""Action"": ""kms:*"", ""Resource"": ""*"" },
          { ""Sid"": ""Allow access for Key Administrators"", ""Effect"": ""Allow"", ""Principal"": { ""AWS"": ""arn:aws:iam::111122223333:role/KeyAdmin"" },
            ""Action"": [ ""kms:Create*"", ""kms:Describe*"", ""kms:Enable*"", ""kms:List*"", ""kms:Put*"", ""kms:Update*"", ""kms:Revoke*"", ""kms:Disable*"", ""kms:Get*"", ""kms:Delete*"" {{administratorActions}} ],
            ""Resource"": ""*"" } ] }";
        """;

    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4_0)]
    [InlineData(SdkVersion.V4_1)]
    public Task Administrators_can_schedule_but_not_cancel(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + "class Keys {\n" + Policy(@", """"kms:ScheduleKeyDeletion""""") + """

            Task<CreateKeyResponse> CreateAsync(IAmazonKeyManagementService kms) => kms.CreateKeyAsync(new CreateKeyRequest { Policy = {|#0:Policy|} });
        }
        """,
        expected: new DiagnosticResult("KMS011", DiagnosticSeverity.Warning).WithLocation(0)
            .WithMessage("Key policy 'new key': the key-administrator statement 'Allow access for Key Administrators' lacks kms:CancelKeyDeletion"));

    [Fact]
    public Task ReplicateKey_with_administrators_who_can_cancel_but_not_schedule() => Verify.VerifyAsync(SdkVersion.V4_1, Sources.Usings + "class Keys {\n" + Policy(@", """"kms:CancelKeyDeletion""""") + """

            Task ReplicateAsync(IAmazonKeyManagementService kms, string primaryId) =>
                kms.ReplicateKeyAsync(new ReplicateKeyRequest { KeyId = primaryId, ReplicaRegion = "eu-west-1", Policy = {|#0:Policy|} });
        }
        """,
        expected: new DiagnosticResult("KMS011", DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("primaryId", " 'Allow access for Key Administrators'", "kms:ScheduleKeyDeletion"));

    [Theory]
    [InlineData(@", """"kms:ScheduleKeyDeletion"""", """"kms:CancelKeyDeletion""""")]
    [InlineData(@", """"kms:*Deletion""""")]
    [InlineData("")]
    public Task Silent_when_administrators_have_both_or_neither(string administratorActions) => Verify.VerifyAsync(SdkVersion.V4_1, Sources.Usings + "class Keys {\n" + Policy(administratorActions) + """

            Task<CreateKeyResponse> CreateAsync(IAmazonKeyManagementService kms) => kms.CreateKeyAsync(new CreateKeyRequest { Policy = Policy });
        }
        """);
}
