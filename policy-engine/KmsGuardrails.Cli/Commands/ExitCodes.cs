namespace KmsGuardrails.Cli.Commands;

/// <summary>The exit codes CI relies on.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above the --fail-on threshold.</summary>
    public const int Clean = 0;

    /// <summary>Findings at or above the threshold.</summary>
    public const int Findings = 1;

    /// <summary>Bad input, bad configuration or bad usage: the result cannot be trusted.</summary>
    public const int BadInput = 2;
}
