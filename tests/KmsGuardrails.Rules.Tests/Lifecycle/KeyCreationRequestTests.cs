using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.Rules.Tests.Lifecycle;

/// <summary>The one translation of a key-creation request into key facts, with the CreateKey API's defaults.</summary>
public sealed class KeyCreationRequestTests
{
    [Fact]
    public void An_empty_request_creates_a_symmetric_single_Region_key_with_key_material_from_KMS()
    {
        var facts = new KeyCreationRequest().ToFacts();

        Assert.Equal(KeySpec.SymmetricDefault, facts.Spec);
        Assert.Equal(KeyUsage.EncryptDecrypt, facts.Usage);
        Assert.Equal(KeyOrigin.AwsKms, facts.Origin);
        Assert.Equal(MultiRegionRole.SingleRegion, facts.Role);
        Assert.Equal(TriState.False, facts.InCustomKeyStore);
    }

    [Fact]
    public void Given_values_are_read_as_the_API_spells_them()
    {
        var facts = new KeyCreationRequest
        {
            KeySpec = RequestValue.Of("RSA_3072"),
            KeyUsage = RequestValue.Of("ENCRYPT_DECRYPT"),
            Origin = RequestValue.Of("EXTERNAL"),
            MultiRegion = RequestValue.Of(true),
            ReplicaCount = 2,
        }.ToFacts();

        Assert.Equal(KeySpec.Rsa3072, facts.Spec);
        Assert.Equal(TriState.True, facts.IsAsymmetric);
        Assert.Equal(KeyOrigin.External, facts.Origin);
        Assert.Equal(TriState.True, facts.IsPrimaryWithReplicas);
    }

    [Fact]
    public void A_value_given_but_not_known_stays_unknown_instead_of_taking_the_default()
    {
        var facts = new KeyCreationRequest { KeySpec = RequestValue.Unknown, MultiRegion = RequestValue.Unknown, KeyUsage = RequestValue.Of("NOT_A_USAGE") }.ToFacts();

        Assert.Null(facts.Spec);
        Assert.Null(facts.Role);
        Assert.Null(facts.Usage);
    }

    [Fact]
    public void A_key_in_a_custom_key_store_has_an_origin_only_when_the_request_names_it()
    {
        var unnamed = new KeyCreationRequest { CustomKeyStore = "cks-1234567890abcdef0" }.ToFacts();
        var named = new KeyCreationRequest { CustomKeyStore = "cks-1234567890abcdef0", Origin = RequestValue.Of("AWS_CLOUDHSM") }.ToFacts();

        Assert.Null(unnamed.Origin);
        Assert.Equal(TriState.True, unnamed.InCustomKeyStore);
        Assert.Equal(KeyOrigin.AwsCloudHsm, named.Origin);
    }

    [Fact]
    public void A_replica_is_a_replica_whatever_its_multi_Region_setting()
    {
        Assert.Equal(MultiRegionRole.Replica, new KeyCreationRequest { IsReplica = true }.ToFacts().Role);
    }
}
