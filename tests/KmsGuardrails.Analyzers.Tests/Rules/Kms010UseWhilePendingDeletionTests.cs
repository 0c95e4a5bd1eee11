using System.Threading.Tasks;
using KmsGuardrails.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = KmsGuardrails.Analyzers.Tests.Verification.AnalyzerVerifier<KmsGuardrails.Analyzers.Rules.KeyLifecycleFlowAnalyzer>;

namespace KmsGuardrails.Analyzers.Tests.Rules;

public sealed class Kms010UseWhilePendingDeletionTests
{
    public static TheoryData<SdkVersion> Sdks => new() { SdkVersion.V3, SdkVersion.V4_0, SdkVersion.V4_1 };

    private const string Usings = "using System.IO;\nusing System.Collections.Generic;\n";

    [Theory]
    [MemberData(nameof(Sdks))]
    public Task Encrypting_with_a_key_scheduled_for_deletion(SdkVersion sdk) => Verify.VerifyAsync(sdk, Usings + Sources.Usings + """
        class Archive
        {
            async Task ArchiveAsync(IAmazonKeyManagementService kms, string keyId, MemoryStream data)
            {
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 7 });
                await kms.{|#0:EncryptAsync|}(new EncryptRequest { KeyId = keyId, Plaintext = data });
            }
        }
        """,
        expected: new DiagnosticResult("KMS010", DiagnosticSeverity.Warning).WithLocation(0)
            .WithMessage("Key 'keyId' is used for Encrypt while it is pending deletion, so the call fails"));

    [Theory]
    [MemberData(nameof(Sdks))]
    public Task Every_cryptographic_call_and_a_field_held_key(SdkVersion sdk) => Verify.VerifyAsync(sdk, Usings + Sources.Usings + """
        class Archive
        {
            private readonly string keyId = "alias/archive";

            async Task ArchiveAsync(IAmazonKeyManagementService kms, MemoryStream data)
            {
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId });
                await kms.{|KMS010:GenerateDataKeyAsync|}(new GenerateDataKeyRequest { KeyId = keyId, KeySpec = DataKeySpec.AES_256 });
                await kms.{|KMS010:DecryptAsync|}(new DecryptRequest { KeyId = keyId, CiphertextBlob = data });
                await kms.{|KMS010:ReEncryptAsync|}(new ReEncryptRequest { DestinationKeyId = keyId, CiphertextBlob = data });
            }
        }
        """);

    [Fact]
    public Task Sync_calls_in_the_v4_net472_build() => Verify.VerifyAsync(SdkVersion.V4_1_Sync, Usings + Sources.Usings + """
        class Archive
        {
            void Retire(AmazonKeyManagementServiceClient kms, string keyId, MemoryStream data)
            {
                kms.ScheduleKeyDeletion(keyId, 10);
                kms.{|KMS010:Encrypt|}(new EncryptRequest { KeyId = keyId, Plaintext = data });
            }
        }
        """);

    [Theory]
    [MemberData(nameof(Sdks))]
    public Task Silent_when_cancelled_and_enabled_scheduled_on_one_path_or_the_key_changed(SdkVersion sdk) => Verify.VerifyAsync(sdk, Usings + Sources.Usings + """
        class Archive
        {
            async Task RestoredAsync(IAmazonKeyManagementService kms, string keyId, MemoryStream data)
            {
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId });
                await kms.CancelKeyDeletionAsync(new CancelKeyDeletionRequest { KeyId = keyId });
                await kms.EnableKeyAsync(new EnableKeyRequest { KeyId = keyId });
                await kms.EncryptAsync(new EncryptRequest { KeyId = keyId, Plaintext = data });
            }

            async Task OnePathAsync(IAmazonKeyManagementService kms, string keyId, MemoryStream data, bool retire)
            {
                if (retire)
                {
                    await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId });
                }

                await kms.EncryptAsync(new EncryptRequest { KeyId = keyId, Plaintext = data });
            }

            async Task ReassignedAsync(IAmazonKeyManagementService kms, string keyId, string next, MemoryStream data)
            {
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId });
                keyId = next;
                await kms.EncryptAsync(new EncryptRequest { KeyId = keyId, Plaintext = data });
            }

            async Task EachKeyAsync(IAmazonKeyManagementService kms, IEnumerable<string> keyIds, MemoryStream data)
            {
                foreach (var id in keyIds)
                {
                    await kms.EncryptAsync(new EncryptRequest { KeyId = id, Plaintext = data });
                    await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = id });
                }
            }

            async Task HandedOverAsync(IAmazonKeyManagementService kms, string keyId, MemoryStream data)
            {
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId });
                await Restore(keyId);
                await kms.EncryptAsync(new EncryptRequest { KeyId = keyId, Plaintext = data });
            }

            async Task OtherKeyAsync(IAmazonKeyManagementService kms, string keyId, string otherKeyId, MemoryStream data)
            {
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId });
                await kms.EncryptAsync(new EncryptRequest { KeyId = otherKeyId, Plaintext = data });
            }

            async Task ClientHandedOverAsync(IAmazonKeyManagementService kms, string keyId, MemoryStream data)
            {
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId });
                await Cleanup(kms);
                await kms.EncryptAsync(new EncryptRequest { KeyId = keyId, Plaintext = data });
            }

            Task Restore(string keyId) => Task.CompletedTask;

            Task Cleanup(IAmazonKeyManagementService kms) => Task.CompletedTask;
        }
        """);

    /// <summary>
    /// After a using (a try/finally) the state is the one its body ended with: the states an
    /// exception could leave the finally with go to the caller, not to the code after it. The branch
    /// makes the method take the control-flow graph rather than the straight-line pass.
    /// </summary>
    [Theory]
    [MemberData(nameof(Sdks))]
    public Task Use_after_a_using_that_scheduled_the_deletion(SdkVersion sdk) => Verify.VerifyAsync(sdk, Usings + Sources.Usings + """
        class Archive
        {
            async Task ArchiveAsync(IAmazonKeyManagementService kms, string keyId, MemoryStream data, bool verbose)
            {
                if (verbose)
                {
                    System.Console.WriteLine("retiring " + keyId);
                }

                using (var audit = new MemoryStream())
                {
                    await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 30 });
                }

                await kms.{|KMS010:EncryptAsync|}(new EncryptRequest { KeyId = keyId, Plaintext = data });
            }
        }
        """);
}
