namespace KmsGuardrails.Analyzers.Infrastructure;

/// <summary>Names of the diagnostic properties the code fixes read, so they never re-analyze the code.</summary>
public static class DiagnosticProperties
{
    /// <summary>The source text of the expression that gives the key id.</summary>
    public const string KeyIdExpression = "KeyIdExpression";

    /// <summary>The source text of the KMS client the call is made on.</summary>
    public const string ClientExpression = "ClientExpression";

    /// <summary>The waiting period, in days, that satisfies the rule (the configured minimum, or 30).</summary>
    public const string SafePendingWindowDays = "SafePendingWindowDays";
}
