using KmsGuardrails.PolicyEngine.Scanning;

namespace KmsGuardrails.PolicyEngine.Tests.Scanning;

/// <summary>A repository's blank and comment-only YAML files are not templates: nothing to report, and no bad input.</summary>
public sealed class BlankInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  \r\n\t\n")]
    [InlineData("# templates come later\n")]
    [InlineData("---\n")]
    public void A_file_without_a_document_is_not_an_input(string text)
    {
        var result = new InfrastructureScanner().ScanText("placeholder.yaml", text);

        Assert.Equal(InputKind.Other, result.Kind);
        Assert.Empty(result.Problems);
        Assert.Empty(result.Findings);
    }
}
