using KmsGuardrails.Tests.Shared;

namespace KmsGuardrails.PolicyEngine.Tests.CloudFormation;

/// <summary>A test that needs cfn-lint; skipped, with the reason, when it is not installed.</summary>
public sealed class CfnLintFactAttribute : FactAttribute
{
    public const string Command = "cfn-lint";

    public CfnLintFactAttribute()
    {
        if (ExternalTool.Find(Command) is null)
        {
            Skip = "cfn-lint is not on PATH (install it with: pip install cfn-lint); the differential test against cfn-lint did not run";
        }
    }
}
