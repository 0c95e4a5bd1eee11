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
            .WithMessage("Key policy 'primaryId': the key-administrator statement 'Allow access for Key Administrators' lacks kms:ScheduleKeyDeletion"));

    [Theory]
    [InlineData(@", """"kms:ScheduleKeyDeletion"""", """"kms:CancelKeyDeletion""""")]
    [InlineData(@", """"kms:*Deletion""""")]
    [InlineData("")]
    public Task Silent_when_administrators_have_both_or_neither(string administratorActions) => Verify.VerifyAsync(SdkVersion.V4_1, Sources.Usings + "class Keys {\n" + Policy(administratorActions) + """

            Task<CreateKeyResponse> CreateAsync(IAmazonKeyManagementService kms) => kms.CreateKeyAsync(new CreateKeyRequest { Policy = Policy });
        }
        """);

    /// <summary>An explicit policy without the account's statement, whose administrators may neither schedule nor cancel.</summary>
    private const string LockedPolicy = """
        const string Policy = @"{ ""Version"": ""2012-10-17"", ""Statement"": [
          { ""Sid"": ""Allow access for Key Administrators"", ""Effect"": ""Allow"", ""Principal"": { ""AWS"": ""arn:aws:iam::111122223333:role/KeyAdmin"" },
            ""Action"": [ ""kms:Create*"", ""kms:Describe*"", ""kms:Enable*"", ""kms:List*"", ""kms:Put*"", ""kms:Update*"", ""kms:Revoke*"", ""kms:Disable*"", ""kms:Get*"", ""kms:Delete*"" ],
            ""Resource"": ""*"" },
          { ""Sid"": ""Allow use of the key"", ""Effect"": ""Allow"", ""Principal"": { ""AWS"": ""arn:aws:iam::111122223333:role/App"" },
            ""Action"": [ ""kms:Encrypt"", ""kms:Decrypt"" ], ""Resource"": ""*"" } ] }";
        """;

    private const string PutLockedPolicy = """

            Task PutAsync(IAmazonKeyManagementService kms, string keyId) =>
                kms.PutKeyPolicyAsync(new PutKeyPolicyRequest { KeyId = keyId, PolicyName = "default", Policy = {|#0:Policy|} });
        }
        """;

    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4_1)]
    public Task An_explicit_policy_in_which_no_one_may_both_schedule_and_cancel(SdkVersion sdk) =>
        Verify.VerifyAsync(sdk, Sources.Usings + "class Keys {\n" + LockedPolicy + PutLockedPolicy,
            expected: new DiagnosticResult("KMS011", DiagnosticSeverity.Warning).WithLocation(0)
                .WithMessage("Key policy 'keyId': no principal may both schedule and cancel deletion: kms:ScheduleKeyDeletion is allowed to no one and kms:CancelKeyDeletion to no one"));

    [Fact]
    public Task An_explicit_policy_without_deletion_administrators_is_silent_when_the_option_is_off() =>
        Verify.VerifyAsync(SdkVersion.V4_1, Sources.Usings + "class Keys {\n" + LockedPolicy + PutLockedPolicy.Replace("{|#0:Policy|}", "Policy"),
            "kms_guardrails.require_deletion_administrators = false");

    [Fact]
    public Task The_option_applies_per_file_as_editorconfig_sections_say()
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<KmsGuardrails.Analyzers.Rules.KeyPolicyAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.Sources.Add(("/src/Locked/Keys.cs", Sources.Usings + "class Keys {\n" + LockedPolicy + PutLockedPolicy.Replace("{|#0:Policy|}", "Policy")));
        test.TestState.Sources.Add(("/src/App/Keys.cs", Sources.Usings + "namespace App {\nclass Keys {\n" + LockedPolicy + PutLockedPolicy.Replace("{|#0:Policy|}", "{|KMS011:Policy|}") + "\n}"));
        test.TestState.AdditionalReferences.AddRange(SdkReferences.For(SdkVersion.V4_1));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[/src/Locked/*.cs]\nkms_guardrails.require_deletion_administrators = false\n"));
        return test.RunAsync();
    }
}
