namespace KmsGuardrails.Cli.Tests;

/// <summary>A test that needs the SARIF Multitool; skipped with the reason when it cannot be installed.</summary>
public sealed class SarifMultitoolFactAttribute : FactAttribute
{
    public SarifMultitoolFactAttribute()
    {
        if (SarifMultitool.Folder is null)
        {
            Skip = SarifMultitool.SkipReason;
        }
    }
}
