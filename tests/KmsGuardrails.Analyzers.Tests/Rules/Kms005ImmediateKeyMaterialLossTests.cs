using System.Threading.Tasks;
using KmsGuardrails.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = KmsGuardrails.Analyzers.Tests.Verification.AnalyzerVerifier<KmsGuardrails.Analyzers.Rules.ImmediateKeyMaterialLossAnalyzer>;

namespace KmsGuardrails.Analyzers.Tests.Rules;

public sealed class Kms005ImmediateKeyMaterialLossTests
{
    public static TheoryData<SdkVersion> Sdks => new() { SdkVersion.V3, SdkVersion.V4_0, SdkVersion.V4_1 };

    [Theory]
    [MemberData(nameof(Sdks))]
    public Task DeleteImportedKeyMaterial_is_reported_on_the_call(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Rotation
        {
            Task PurgeAsync(IAmazonKeyManagementService kms, string keyId) =>
                kms.{|#0:DeleteImportedKeyMaterialAsync|}(new DeleteImportedKeyMaterialRequest { KeyId = keyId });
        }
        """,
        expected: new DiagnosticResult("KMS005", DiagnosticSeverity.Warning).WithLocation(0)
            .WithMessage("Key 'keyId': DeleteImportedKeyMaterial makes the key unusable at once, with no waiting period to cancel"));

    [Theory]
    [MemberData(nameof(Sdks))]
    public Task Importing_material_that_expires_explicitly_or_by_default(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        using System;
        using System.IO;

        class Import
        {
            async Task ImportAsync(IAmazonKeyManagementService kms, string keyId, MemoryStream token, MemoryStream material)
            {
                await kms.ImportKeyMaterialAsync(new ImportKeyMaterialRequest
                {
                    KeyId = keyId,
                    ImportToken = token,
                    EncryptedKeyMaterial = material,
                    ExpirationModel = {|KMS005:ExpirationModelType.KEY_MATERIAL_EXPIRES|},
                    ValidTo = DateTime.UtcNow.AddDays(90),
                });
                await kms.{|KMS005:ImportKeyMaterialAsync|}(new ImportKeyMaterialRequest { KeyId = keyId, ImportToken = token, EncryptedKeyMaterial = material });
            }
        }
        """);

    [Theory]
    [MemberData(nameof(Sdks))]
    public Task Silent_for_material_that_does_not_expire_or_an_unknown_model(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        using System.IO;

        class Import
        {
            async Task ImportAsync(IAmazonKeyManagementService kms, string keyId, MemoryStream token, MemoryStream material, ExpirationModelType model)
            {
                await kms.ImportKeyMaterialAsync(new ImportKeyMaterialRequest
                {
                    KeyId = keyId,
                    ImportToken = token,
                    EncryptedKeyMaterial = material,
                    ExpirationModel = ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE,
                });
                await kms.ImportKeyMaterialAsync(new ImportKeyMaterialRequest { KeyId = keyId, ExpirationModel = "KEY_MATERIAL_DOES_NOT_EXPIRE" });
                await kms.ImportKeyMaterialAsync(new ImportKeyMaterialRequest { KeyId = keyId, ExpirationModel = model });
                await kms.GetParametersForImportAsync(new GetParametersForImportRequest { KeyId = keyId });
            }
        }
        """);

    [Fact]
    public Task Sync_call_in_the_v4_net472_build() => Verify.VerifyAsync(SdkVersion.V4_1_Sync, Sources.Usings + """
        class Rotation
        {
            void Purge(IAmazonKeyManagementService kms, string keyId) => kms.{|KMS005:DeleteImportedKeyMaterial|}(new DeleteImportedKeyMaterialRequest { KeyId = keyId });
        }
        """);
}
