namespace KmsGuardrails.PolicyEngine.Tests.Fuzz;

/// <summary>A fuzz test too slow or memory-hungry for CI: it runs in the full run only, and says so when skipped.</summary>
public sealed class FullFuzzRunFactAttribute : FactAttribute
{
    public FullFuzzRunFactAttribute(string why)
    {
        if (!FuzzSettings.IsFullRun)
        {
            Skip = $"runs in the full fuzz run only ({why}): KG_FUZZ_CASES={FuzzSettings.FullRunCases} dotnet test tests/KmsGuardrails.PolicyEngine.Tests --filter Category=Fuzz";
        }
    }
}
