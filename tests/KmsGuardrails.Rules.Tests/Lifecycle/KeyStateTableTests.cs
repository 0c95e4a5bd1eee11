using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.Rules.Tests.Lifecycle;

/// <summary>
/// The key-state × API table of the KMS developer guide (https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html), transcribed verbatim for
/// every API the simulator models. The simulator must agree with every cell that is not N/A.
/// </summary>
public sealed class KeyStateTableTests
{
    // Columns: Enabled | Disabled | PendingDeletion & PendingReplicaDeletion | PendingImport | Unavailable | Creating | Updating
    private const string Table = """
        CancelKeyDeletion                    | X[4]  | X[4]  | ✓            | X[4]      | X [4], [13] | X [4]  | X [4]
        Decrypt                              | ✓     | X[1]  | X [2] or [3] | X[5]      | X [11]      | X [14] | ✓
        DeleteImportedKeyMaterial            | ✓ [9] | ✓ [9] | ✓ [9]        | ✓ (No effect) | N/A     | X [14] | X [15]
        DisableKey                           | ✓     | ✓     | X[3]         | X[5]      | ✓ [12]      | X [14] | X [15]
        EnableKey                            | ✓     | ✓     | X[3]         | X[5]      | ✓ [12]      | X [14] | X [15]
        Encrypt                              | ✓     | X[1]  | X [2] or [3] | X[5]      | X [11]      | X [14] | ✓
        GenerateDataKey                      | ✓     | X[1]  | X [2] or [3] | X[5]      | X [11]      | X [14] | ✓
        GenerateDataKeyPair                  | ✓     | X[1]  | X [2] or [3] | X[5]      | X [11]      | X [14] | ✓
        GenerateDataKeyPairWithoutPlaintext  | ✓     | X[1]  | X [2] or [3] | X[5]      | X [11]      | X [14] | ✓
        GenerateDataKeyWithoutPlaintext      | ✓     | X[1]  | X [2] or [3] | X[5]      | X [11]      | X [14] | ✓
        GenerateMac                          | ✓     | X[1]  | X [2] or [3] | N/A       | N/A         | X [14] | ✓
        GetPublicKey                         | ✓     | X [1] | X [2] or [3] | N/A       | N/A         | X [14] | ✓
        ImportKeyMaterial                    | ? [9] | ? [9] | X [8] or [9] | ✓         | X [9]       | X [14] | ✓
        ReEncrypt                            | ✓     | X[1]  | X [2] or [3] | X[5]      | X [11]      | X [14] | ✓
        ReplicateKey                         | ✓     | X [1] | X [2] or [3] | X [5]     | N/A         | X [14] | X [15]
        ScheduleKeyDeletion                  | ✓     | ✓     | X[3]         | ✓         | ✓           | ✓      | X [15]
        Sign                                 | ✓     | X [1] | X [2] or [3] | N/A       | N/A         | X [14] | ✓
        UpdatePrimaryRegion                  | ✓     | X [1] | X [2] or [3] | X [5]     | N/A         | X [14] | ✓
        Verify                               | ✓     | X [1] | X [2] or [3] | N/A       | N/A         | X [14] | ✓
        VerifyMac                            | ✓     | X[1]  | X [2] or [3] | N/A       | N/A         | X [14] | ✓
        """;

    private static readonly KeyState[][] Columns =
    {
        new[] { KeyState.Enabled },
        new[] { KeyState.Disabled },
        new[] { KeyState.PendingDeletion, KeyState.PendingReplicaDeletion },
        new[] { KeyState.PendingImport },
        new[] { KeyState.Unavailable },
        new[] { KeyState.Creating },
        new[] { KeyState.Updating },
    };

    /// <summary>The footnotes of the table: the exceptions each allows and a phrase of its message.</summary>
    private static readonly Dictionary<int, (string[] Codes, string Phrase)> Footnotes = new()
    {
        [1] = (new[] { "DisabledException" }, "is disabled"),
        [2] = (new[] { "DisabledException" }, "pending deletion"),
        [3] = (new[] { "KMSInvalidStateException" }, "pending deletion"),
        [4] = (new[] { "KMSInvalidStateException" }, "not pending deletion"),
        [5] = (new[] { "KMSInvalidStateException" }, "pending import"),
        [8] = (new[] { "KMSInvalidStateException" }, "pending deletion"),
        [9] = (new[] { "UnsupportedOperationException" }, "imported key material"),
        [11] = (new[] { "KMSInvalidStateException" }, "unavailable"),
        [13] = (new[] { "KMSInvalidStateException" }, "not pending deletion"),
        [14] = (new[] { "KMSInvalidStateException" }, "creating"),
        [15] = (new[] { "KMSInvalidStateException" }, "updating"),
    };

    public static IEnumerable<object[]> Cells()
    {
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('|').Select(part => part.Trim()).ToArray();
            for (var column = 0; column < Columns.Length; column++)
            {
                foreach (var state in Columns[column])
                {
                    yield return new object[] { parts[0], state, parts[column + 1] };
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Simulator_agrees_with_the_documented_key_state_table(string api, KeyState state, string cell)
    {
        if (cell == "N/A")
        {
            return; // The combination cannot occur (for example, a signing key in a custom key store).
        }

        var step = KeyLifecycle.Apply(state, FactsFor(api), OperationFor(api));

        if (cell.StartsWith("✓", StringComparison.Ordinal) || cell.StartsWith("?", StringComparison.Ordinal))
        {
            // '?' cells depend on the key having imported material, which FactsFor gives it.
            Assert.True(step.Succeeds, $"{api} in {state}: expected success, simulator says {step.Error}");
            return;
        }

        var footnotes = Regex.Matches(cell, @"\[(\d+)\]").Select(m => Footnotes[int.Parse(m.Groups[1].Value)]).ToArray();
        Assert.False(step.Succeeds, $"{api} in {state}: expected {cell}, simulator says it succeeds");
        var allowed = footnotes.SelectMany(f => f.Codes).ToHashSet();
        Assert.All(step.Error!.Codes, code => Assert.Contains(code, allowed));
        Assert.Contains(footnotes, f => step.Error.Message.Contains(f.Phrase, StringComparison.Ordinal));
    }

    [Fact]
    public void The_transcribed_table_covers_every_api_the_simulator_models()
    {
        var rows = Table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('|')[0].Trim()).ToHashSet();
        var modelled = Enum.GetNames<CryptographicApi>()
            .Concat(new[] { "CancelKeyDeletion", "DeleteImportedKeyMaterial", "DisableKey", "EnableKey", "ImportKeyMaterial", "ReplicateKey", "ScheduleKeyDeletion", "UpdatePrimaryRegion" });

        Assert.All(modelled, api => Assert.Contains(api, rows));
    }

    /// <summary>Facts under which the row's API applies: imported material for import rows, a multi-Region primary for replication.</summary>
    private static KeyFacts FactsFor(string api) => api switch
    {
        "DeleteImportedKeyMaterial" or "ImportKeyMaterial" => new KeyFacts { Origin = KeyOrigin.External },
        "ReplicateKey" or "UpdatePrimaryRegion" => new KeyFacts { Role = MultiRegionRole.Primary, ReplicaCount = 1 },
        _ => KeyFacts.Unknown,
    };

    private static KeyOperation OperationFor(string api) => api switch
    {
        "CancelKeyDeletion" => KeyOperation.CancelKeyDeletion,
        "DeleteImportedKeyMaterial" => KeyOperation.DeleteImportedKeyMaterial,
        "DisableKey" => KeyOperation.DisableKey,
        "EnableKey" => KeyOperation.EnableKey,
        "ImportKeyMaterial" => KeyOperation.ImportKeyMaterial(TriState.False),
        "ReplicateKey" => KeyOperation.ReplicateKey,
        "ScheduleKeyDeletion" => KeyOperation.ScheduleKeyDeletion(PendingWindow.Omitted),
        "UpdatePrimaryRegion" => KeyOperation.UpdatePrimaryRegion,
        _ => KeyOperation.Cryptographic(Enum.Parse<CryptographicApi>(api)),
    };
}
