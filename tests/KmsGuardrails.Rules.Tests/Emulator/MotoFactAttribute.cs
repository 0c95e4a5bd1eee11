using KmsGuardrails.Tests.Shared;

namespace KmsGuardrails.Rules.Tests.Emulator;

/// <summary>A test that needs the moto KMS emulator; skipped, with the reason, when moto_server is not installed.</summary>
public sealed class MotoFactAttribute : FactAttribute
{
    public MotoFactAttribute()
    {
        if (ExternalTool.Find(MotoServer.Command) is null)
        {
            Skip = "moto_server is not on PATH (install it with: pip install 'moto[server]'); the differential test against the KMS emulator did not run";
        }
    }
}
