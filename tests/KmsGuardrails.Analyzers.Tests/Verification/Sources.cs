namespace KmsGuardrails.Analyzers.Tests.Verification;

/// <summary>Common test-source text.</summary>
internal static class Sources
{
    public const string Usings = "using System.Threading.Tasks;\nusing Amazon.KeyManagementService;\nusing Amazon.KeyManagementService.Model;\n";
}
