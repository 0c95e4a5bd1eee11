using System.Threading.Tasks;
using KmsGuardrails.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis.Testing;
using Verify = KmsGuardrails.Analyzers.Tests.Verification.AnalyzerVerifier<KmsGuardrails.Analyzers.Rules.PendingWindowAnalyzer>;

namespace KmsGuardrails.Analyzers.Tests.Rules;

public sealed class Kms001PendingWindowOutOfRangeTests
{
    public static TheoryData<SdkVersion> AsyncSdks => new() { SdkVersion.V3, SdkVersion.V4_0, SdkVersion.V4_1 };

    public static TheoryData<SdkVersion> SyncSdks => new() { SdkVersion.V3, SdkVersion.V4_1_Sync };

    [Theory]
    [MemberData(nameof(AsyncSdks))]
    public Task Literal_in_the_request_initializer(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Retirement
        {
            async Task RetireAsync(IAmazonKeyManagementService kms, string keyId)
            {
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = {|KMS001:3|} });
            }
        }
        """);

    [Theory]
    [MemberData(nameof(AsyncSdks))]
    public Task Message_names_the_key_and_the_days(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Retirement
        {
            async Task RetireAsync(IAmazonKeyManagementService kms)
            {
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = "1234abcd-12ab-34cd-56ef-1234567890ab", PendingWindowInDays = {|#0:31|} });
            }
        }
        """,
        expected: new DiagnosticResult("KMS001", Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            .WithLocation(0)
            .WithMessage("Key '1234abcd-12ab-34cd-56ef-1234567890ab': a deletion waiting period of 31 days is outside 7 to 30 days, so KMS rejects the request"));

    [Theory]
    [MemberData(nameof(AsyncSdks))]
    public Task Convenience_overload_argument(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Retirement
        {
            Task RetireAsync(IAmazonKeyManagementService kms, string keyId) => kms.ScheduleKeyDeletionAsync(keyId, {|KMS001:1|});
        }
        """);

    [Theory]
    [MemberData(nameof(SyncSdks))]
    public Task Sync_methods_in_both_forms(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Retirement
        {
            void Retire(AmazonKeyManagementServiceClient kms, string keyId)
            {
                kms.ScheduleKeyDeletion(keyId, {|KMS001:6|});
                kms.ScheduleKeyDeletion(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = {|KMS001:45|} });
            }
        }
        """);

    [Theory]
    [MemberData(nameof(AsyncSdks))]
    public Task Request_built_over_several_statements(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Retirement
        {
            async Task RetireAsync(IAmazonKeyManagementService kms, string keyId)
            {
                var request = new ScheduleKeyDeletionRequest();
                request.KeyId = keyId;
                request.PendingWindowInDays = {|KMS001:365|};
                await kms.ScheduleKeyDeletionAsync(request);
            }
        }
        """);

    [Theory]
    [MemberData(nameof(AsyncSdks))]
    public Task Constants_constant_expressions_enums_and_static_readonly_fields(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        enum Days { Short = 5 }

        class Retirement
        {
            const int OneDay = 1;
            static readonly int Quick = 2;

            async Task RetireAsync(IAmazonKeyManagementService kms, string keyId)
            {
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = {|KMS001:OneDay|} });
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = {|KMS001:OneDay * 40|} });
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = {|KMS001:(int)Days.Short|} });
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = {|KMS001:Quick|} });
            }
        }
        """);

    [Theory]
    [MemberData(nameof(AsyncSdks))]
    public Task Silent_for_7_to_30_days_omitted_and_unknown_windows(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Retirement
        {
            static int configured = 3;

            async Task RetireAsync(IAmazonKeyManagementService kms, string keyId, int days)
            {
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 7 });
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 30 });
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId });
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = days });
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = configured });
                await kms.ScheduleKeyDeletionAsync(keyId);
            }
        }
        """);

    [Theory]
    [MemberData(nameof(AsyncSdks))]
    public Task Silent_on_unrelated_types_with_the_same_property_name(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Options { public int PendingWindowInDays { get; set; } }

        class Retirement
        {
            Options Defaults() => new Options { PendingWindowInDays = 1 };
        }
        """);

    [Fact]
    public Task Pragma_and_SuppressMessage_are_honoured() => Verify.VerifyAsync(SdkVersion.V4_1, Sources.Usings + """
        class Retirement
        {
            async Task RetireAsync(IAmazonKeyManagementService kms, string keyId)
            {
        #pragma warning disable KMS001
                await kms.ScheduleKeyDeletionAsync(keyId, 3);
        #pragma warning restore KMS001
            }

            [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "KMS001:Deletion waiting period outside 7 to 30 days", Justification = "test fixture")]
            Task Fixture(IAmazonKeyManagementService kms, string keyId) => kms.ScheduleKeyDeletionAsync(keyId, 3);
        }
        """);

    [Fact]
    public Task Severity_is_configurable_in_editorconfig() => Verify.VerifyAsync(SdkVersion.V4_1, Sources.Usings + """
        class Retirement
        {
            Task RetireAsync(IAmazonKeyManagementService kms, string keyId) => kms.ScheduleKeyDeletionAsync(keyId, {|#0:3|});
        }
        """,
        editorConfig: "dotnet_diagnostic.KMS001.severity = warning",
        new DiagnosticResult("KMS001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0));

    [Fact]
    public Task Generated_code_is_skipped() => Verify.VerifyAsync(SdkVersion.V4_1, "// <auto-generated/>\n" + Sources.Usings + """
        class Generated
        {
            Task RetireAsync(IAmazonKeyManagementService kms, string keyId) => kms.ScheduleKeyDeletionAsync(keyId, 3);
        }
        """);

    [Fact]
    public Task Nothing_is_reported_without_the_KMS_SDK() => Verify.VerifyAsync(SdkVersion.V4_1, """
        namespace Elsewhere
        {
            class ScheduleKeyDeletionRequest { public int PendingWindowInDays { get; set; } }
            class C { object M() => new ScheduleKeyDeletionRequest { PendingWindowInDays = 1 }; }
        }
        """);
}
