using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.Runtime;
using KmsGuardrails.Rules.Lifecycle;
using KmsGuardrails.Rules.Tests.Lifecycle;
using KeyState = KmsGuardrails.Rules.Lifecycle.KeyState;
using Xunit.Abstractions;

namespace KmsGuardrails.Rules.Tests.Emulator;

/// <summary>
/// Runs the same random operation sequences on the simulator and on the moto KMS emulator, through
/// the real AWSSDK.KeyManagementService client, and compares key state, deletion date and
/// success-versus-error after every step.
/// </summary>
public sealed class MotoDifferentialTests : IClassFixture<MotoServer>
{
    /// <summary>
    /// Every way moto deviates from AWS that these sequences could reach, in one place. Each entry
    /// names the AWS behaviour it contradicts; a pair an entry concerns is not sent to moto, and
    /// <see cref="Documented_deviations_are_still_real"/> checks that each is still a deviation.
    /// </summary>
    public static readonly MotoDeviation[] Deviations =
    {
        new(
            "window outside 7-30",
            Aws: "ValidationException: PendingWindowInDays must be between 7 and 30",
            Moto: "HTTP 200, the request is ignored and the key keeps its state",
            (_, operation) => operation.Kind == KeyOperationKind.ScheduleKeyDeletion && operation.Window.IsKnownOutOfRange),
        new(
            "invalid-state errors",
            Aws: "KMSInvalidStateException or DisabledException as the key-state table says (cancel on an Enabled key, enable or schedule on a key pending deletion, encrypt with a Disabled key...)",
            Moto: "never raises them: the call succeeds and may even change the state (CancelKeyDeletion disables an Enabled key, EnableKey enables a key pending deletion)",
            (states, operation) => !states.Contains(KeyState.Deleted) && !KeyLifecycle.Apply(states, Keys.Symmetric, operation).Succeeds),
    };

    /// <summary>The operations sent to both; multi-Region, imported-material and key-store operations are not implemented by moto or deviate wholesale.</summary>
    private static readonly KeyOperation[] Operations =
    {
        KeyOperation.EnableKey,
        KeyOperation.DisableKey,
        KeyOperation.ScheduleKeyDeletion(PendingWindow.Omitted),
        KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(7)),
        KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(19)),
        KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(30)),
        KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(6)),
        KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(31)),
        KeyOperation.CancelKeyDeletion,
        KeyOperation.Cryptographic(CryptographicApi.Encrypt),
        KeyOperation.Cryptographic(CryptographicApi.GenerateDataKey),
    };

    private const int Sequences = 30;
    private const int StepsPerSequence = 12;

    private readonly MotoServer moto;
    private readonly ITestOutputHelper output;

    public MotoDifferentialTests(MotoServer moto, ITestOutputHelper output)
    {
        this.moto = moto;
        this.output = output;
    }

    [MotoFact]
    public async Task Simulator_and_moto_agree_on_random_operation_sequences()
    {
        using var client = moto.CreateClient();
        var compared = 0;
        var skipped = Deviations.ToDictionary(d => d.Name, _ => 0);

        for (var seed = 0; seed < Sequences; seed++)
        {
            var random = new Random(seed);

            // Every fourth sequence runs against a key that does not exist, the simulator's Deleted state.
            var keyId = seed % 4 == 3 ? Guid.NewGuid().ToString() : (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;
            var simulated = seed % 4 == 3 ? KeyLifecycle.Apply(KeyState.Deleted, Keys.Symmetric, KeyOperation.TimePasses(0)) : Keys.NewSymmetric();
            var trail = new List<string> { simulated.States.ToString() };

            for (var step = 0; step < StepsPerSequence; step++)
            {
                // Draw only from the operations where moto is faithful in the current state.
                var states = simulated.States;
                var excluded = Operations.Select(op => Deviations.FirstOrDefault(d => d.Concerns(states, op))).ToArray();
                foreach (var deviation in excluded.OfType<MotoDeviation>())
                {
                    skipped[deviation.Name]++;
                }

                var faithful = Operations.Where((_, i) => excluded[i] is null).ToArray();
                var operation = faithful[random.Next(faithful.Length)];

                var requestedAt = DateTime.UtcNow;
                var motoError = await SendAsync(client, keyId, operation);
                simulated = simulated.Then(operation);
                trail.Add(operation + " -> " + (simulated.Error?.Codes[0] ?? simulated.States.ToString()));
                var context = $"seed {seed}: {string.Join(", ", trail)}";

                Assert.True(simulated.Succeeds == (motoError is null), $"{context}: simulator {(simulated.Succeeds ? "succeeds" : "fails")}, moto answered {motoError ?? "success"}");
                compared++;
                if (motoError is not null)
                {
                    Assert.True(simulated.Error!.Allows(motoError), $"{context}: moto answered {motoError}, simulator {simulated.Error}");
                    continue;
                }

                var metadata = (await client.DescribeKeyAsync(keyId)).KeyMetadata;
                Assert.True(simulated.States.Single.ToString() == metadata.KeyState.Value, $"{context}: moto says {metadata.KeyState}");
                if (operation.Kind == KeyOperationKind.ScheduleKeyDeletion)
                {
                    var expected = requestedAt.AddDays(simulated.Facts.PendingWindowDays!.Value);
                    Assert.True(Math.Abs((metadata.DeletionDate!.Value.ToUniversalTime() - expected).TotalMinutes) < 5, $"{context}: moto deletes on {metadata.DeletionDate:O}, simulator on {expected:O}");
                }
                else if (simulated.Facts.PendingWindowDays is null)
                {
                    Assert.Null(metadata.DeletionDate);
                }
            }
        }

        output.WriteLine($"{compared} steps compared; operations left out of the draw because of a documented moto deviation: {string.Join(", ", skipped.Select(s => $"{s.Key} {s.Value}"))}");
        Assert.Equal(Sequences * StepsPerSequence, compared);
    }

    /// <summary>If moto becomes faithful in one of these, its entry must leave the deviation list and the comparison must cover it.</summary>
    [MotoFact]
    public async Task Documented_deviations_are_still_real()
    {
        using var client = moto.CreateClient();

        var outOfRange = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;
        Assert.Null(await SendAsync(client, outOfRange, KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(6))));
        Assert.Equal("Enabled", (await client.DescribeKeyAsync(outOfRange)).KeyMetadata.KeyState.Value);

        var enabled = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;
        Assert.Null(await SendAsync(client, enabled, KeyOperation.CancelKeyDeletion));

        var pending = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.KeyId;
        Assert.Null(await SendAsync(client, pending, KeyOperation.ScheduleKeyDeletion(PendingWindow.OfDays(7))));
        Assert.Null(await SendAsync(client, pending, KeyOperation.Cryptographic(CryptographicApi.Encrypt)));
    }

    /// <summary>Sends the operation to moto and returns the error code, or null on success.</summary>
    private static async Task<string?> SendAsync(IAmazonKeyManagementService client, string keyId, KeyOperation operation)
    {
        try
        {
            switch (operation.Kind)
            {
                case KeyOperationKind.EnableKey:
                    await client.EnableKeyAsync(new EnableKeyRequest { KeyId = keyId });
                    break;
                case KeyOperationKind.DisableKey:
                    await client.DisableKeyAsync(new DisableKeyRequest { KeyId = keyId });
                    break;
                case KeyOperationKind.ScheduleKeyDeletion:
                    await client.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = operation.Window.Days });
                    break;
                case KeyOperationKind.CancelKeyDeletion:
                    await client.CancelKeyDeletionAsync(new CancelKeyDeletionRequest { KeyId = keyId });
                    break;
                case KeyOperationKind.Cryptographic when operation.Api == CryptographicApi.Encrypt:
                    await client.EncryptAsync(new EncryptRequest { KeyId = keyId, Plaintext = new MemoryStream(new byte[] { 1, 2, 3 }) });
                    break;
                case KeyOperationKind.Cryptographic when operation.Api == CryptographicApi.GenerateDataKey:
                    await client.GenerateDataKeyAsync(new GenerateDataKeyRequest { KeyId = keyId, KeySpec = DataKeySpec.AES_256 });
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(operation), operation, "not sent to moto");
            }

            return null;
        }
        catch (AmazonServiceException error) when (error.ErrorCode is not null)
        {
            return error.ErrorCode;
        }
    }
}
