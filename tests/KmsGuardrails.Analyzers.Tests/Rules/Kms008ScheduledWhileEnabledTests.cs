using System.Threading.Tasks;
using KmsGuardrails.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = KmsGuardrails.Analyzers.Tests.Verification.AnalyzerVerifier<KmsGuardrails.Analyzers.Rules.KeyLifecycleFlowAnalyzer>;

namespace KmsGuardrails.Analyzers.Tests.Rules;

public sealed class Kms008ScheduledWhileEnabledTests
{
    public static TheoryData<SdkVersion> Sdks => new() { SdkVersion.V3, SdkVersion.V4_0, SdkVersion.V4_1 };

    [Theory]
    [MemberData(nameof(Sdks))]
    public Task A_key_created_in_the_method_is_enabled(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Scratch
        {
            async Task RoundTripAsync(IAmazonKeyManagementService kms)
            {
                var created = await kms.CreateKeyAsync(new CreateKeyRequest { Description = "scratch" });
                var keyId = created.KeyMetadata.KeyId;
                await kms.{|#0:ScheduleKeyDeletionAsync|}(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 7 });
            }
        }
        """,
        expected: new DiagnosticResult("KMS008", DiagnosticSeverity.Info).WithLocation(0)
            .WithMessage("Key 'keyId' is scheduled for deletion while it is enabled; disable it and watch for failed calls first"));

    [Theory]
    [MemberData(nameof(Sdks))]
    public Task A_key_enabled_on_every_path(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Scratch
        {
            async Task RoundTripAsync(IAmazonKeyManagementService kms, bool pause)
            {
                var keyId = (await kms.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;
                if (pause)
                {
                    await kms.DisableKeyAsync(new DisableKeyRequest { KeyId = keyId });
                    await kms.EnableKeyAsync(new EnableKeyRequest { KeyId = keyId });
                }

                await kms.{|KMS008:ScheduleKeyDeletionAsync|}(new ScheduleKeyDeletionRequest { KeyId = keyId });
            }
        }
        """);

    /// <summary>EnableKey on a key of unknown kind may leave it Unavailable (a custom key store that is disconnected).</summary>
    [Theory]
    [MemberData(nameof(Sdks))]
    public Task Silent_after_EnableKey_on_a_key_of_unknown_kind(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Scratch
        {
            async Task RoundTripAsync(IAmazonKeyManagementService kms, string keyId)
            {
                await kms.EnableKeyAsync(new EnableKeyRequest { KeyId = keyId });
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId });
            }
        }
        """);

    [Theory]
    [MemberData(nameof(Sdks))]
    public Task Silent_when_disabled_first_or_the_state_is_not_known(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Retirement
        {
            async Task RetireAsync(IAmazonKeyManagementService kms, string keyId)
            {
                await kms.DisableKeyAsync(new DisableKeyRequest { KeyId = keyId });
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 30 });
            }

            Task RetireUnknownAsync(IAmazonKeyManagementService kms, string keyId) =>
                kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId });

            async Task MaybeDisabledAsync(IAmazonKeyManagementService kms, bool disable)
            {
                var keyId = (await kms.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;
                if (disable)
                {
                    await kms.DisableKeyAsync(new DisableKeyRequest { KeyId = keyId });
                }

                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId });
            }
        }
        """);

    /// <summary>The cleanup of a scratch key: the finally runs on the normal path and after an exception, enabled on both.</summary>
    [Theory]
    [MemberData(nameof(Sdks))]
    public Task A_key_created_before_a_try_and_scheduled_in_its_finally(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Scratch
        {
            async Task RoundTripAsync(IAmazonKeyManagementService kms, System.IO.MemoryStream data)
            {
                var keyId = (await kms.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;
                try
                {
                    await kms.EncryptAsync(new EncryptRequest { KeyId = keyId, Plaintext = data });
                }
                finally
                {
                    await kms.{|KMS008:ScheduleKeyDeletionAsync|}(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 7 });
                }
            }
        }
        """);

    /// <summary>What a finally or a catch does to the key holds after it; a step an exception may skip is not taken for granted.</summary>
    [Theory]
    [MemberData(nameof(Sdks))]
    public Task Silent_when_a_finally_or_a_catch_disabled_the_key_or_an_exception_may_skip_the_disable(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Scratch
        {
            async Task DisabledInFinallyAsync(IAmazonKeyManagementService kms, System.IO.MemoryStream data)
            {
                var keyId = (await kms.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;
                try
                {
                    await kms.EncryptAsync(new EncryptRequest { KeyId = keyId, Plaintext = data });
                }
                finally
                {
                    await kms.DisableKeyAsync(new DisableKeyRequest { KeyId = keyId });
                }

                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 30 });
            }

            async Task DisabledInCatchAsync(IAmazonKeyManagementService kms, System.IO.MemoryStream data)
            {
                var keyId = (await kms.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;
                try
                {
                    await kms.DisableKeyAsync(new DisableKeyRequest { KeyId = keyId });
                }
                catch (KMSInvalidStateException)
                {
                    await kms.DisableKeyAsync(new DisableKeyRequest { KeyId = keyId });
                }

                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 30 });
            }

            async Task MaybeSkippedAsync(IAmazonKeyManagementService kms, System.IO.MemoryStream data)
            {
                var keyId = (await kms.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;
                try
                {
                    await kms.DisableKeyAsync(new DisableKeyRequest { KeyId = keyId });
                    await kms.EncryptAsync(new EncryptRequest { KeyId = keyId, Plaintext = data });
                }
                finally
                {
                    await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 30 });
                }
            }
        }
        """);

    /// <summary>
    /// An exception may come between two calls of one statement (requests built beforehand keep them in
    /// one operation of the graph): the catch may start with the key disabled.
    /// </summary>
    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4_1_Sync)]
    public Task Silent_when_an_exception_may_leave_a_statement_between_its_two_calls(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Scratch
        {
            void Rotate(IAmazonKeyManagementService kms)
            {
                var keyId = kms.CreateKey(new CreateKeyRequest()).KeyMetadata.KeyId;
                var disable = new DisableKeyRequest { KeyId = keyId };
                var enable = new EnableKeyRequest { KeyId = keyId };
                try
                {
                    _ = System.Tuple.Create(kms.DisableKey(disable), kms.EnableKey(enable));
                }
                catch (AmazonKeyManagementServiceException)
                {
                    kms.ScheduleKeyDeletion(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 30 });
                }
            }
        }
        """);

    /// <summary>An id variable given another value by an out argument, a deconstruction or += no longer designates the created key.</summary>
    [Theory]
    [MemberData(nameof(Sdks))]
    public Task Silent_when_the_id_variable_is_overwritten(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        using System.Collections.Generic;

        class Scratch
        {
            async Task OutArgumentAsync(IAmazonKeyManagementService kms, Dictionary<string, string> archived)
            {
                var keyId = (await kms.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;
                archived.TryGetValue("reports", out keyId);
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 30 });
            }

            async Task DeconstructionAsync(IAmazonKeyManagementService kms, (string Id, int Days) next)
            {
                var keyId = (await kms.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;
                int days;
                (keyId, days) = next;
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = days });
            }

            async Task CompoundAssignmentAsync(IAmazonKeyManagementService kms)
            {
                var keyId = (await kms.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;
                keyId += "-old";
                await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 30 });
            }
        }
        """);

    /// <summary>A call in a collection initializer is one call, although the initializer's implicit Add shares its syntax.</summary>
    [Theory]
    [MemberData(nameof(Sdks))]
    public Task A_call_in_a_collection_initializer(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        using System.Collections.Generic;

        class Scratch
        {
            async Task BatchAsync(IAmazonKeyManagementService kms)
            {
                var keyId = (await kms.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;
                var pending = new List<Task> { kms.{|KMS008:ScheduleKeyDeletionAsync|}(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 30 }) };
                await Task.WhenAll(pending);
            }
        }
        """);
}
