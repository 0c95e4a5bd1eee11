using System.Threading.Tasks;
using KmsGuardrails.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = KmsGuardrails.Analyzers.Tests.Verification.AnalyzerVerifier<KmsGuardrails.Analyzers.Rules.CustomKeyStoreDeletionAnalyzer>;

namespace KmsGuardrails.Analyzers.Tests.Rules;

public sealed class Kms006CustomKeyStoreDeletionTests
{
    [Theory]
    [InlineData(SdkVersion.V3)]
    [InlineData(SdkVersion.V4_0)]
    [InlineData(SdkVersion.V4_1)]
    public Task DeleteCustomKeyStore_names_the_store(SdkVersion sdk) => Verify.VerifyAsync(sdk, Sources.Usings + """
        class Teardown
        {
            async Task RemoveAsync(IAmazonKeyManagementService kms, string storeId)
            {
                await kms.DisconnectCustomKeyStoreAsync(new DisconnectCustomKeyStoreRequest { CustomKeyStoreId = storeId });
                await kms.{|#0:DeleteCustomKeyStoreAsync|}(new DeleteCustomKeyStoreRequest { CustomKeyStoreId = "cks-1234567890abcdef0" });
            }
        }
        """,
        expected: new DiagnosticResult("KMS006", DiagnosticSeverity.Warning).WithLocation(0)
            .WithMessage("Deleting custom key store 'cks-1234567890abcdef0' is irreversible; disconnect it instead"));

    [Fact]
    public Task Silent_for_connect_disconnect_and_describe() => Verify.VerifyAsync(SdkVersion.V4_1, Sources.Usings + """
        class Maintenance
        {
            async Task CycleAsync(IAmazonKeyManagementService kms, string storeId)
            {
                await kms.DisconnectCustomKeyStoreAsync(new DisconnectCustomKeyStoreRequest { CustomKeyStoreId = storeId });
                await kms.ConnectCustomKeyStoreAsync(new ConnectCustomKeyStoreRequest { CustomKeyStoreId = storeId });
                await kms.DescribeCustomKeyStoresAsync(new DescribeCustomKeyStoresRequest { CustomKeyStoreId = storeId });
            }
        }
        """);
}
