using System;
using System.IO;

namespace KmsGuardrails.PolicyEngine.Documents;

/// <summary>Why a file or folder cannot be read, in words that name it as reports do: relative to the scanned root, never by its absolute path.</summary>
public static class UnreadableInput
{
    public static string Reason(Exception error, string fullPath, string displayPath) => error switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "it does not exist (a broken symbolic link?)",
        _ => error.Message.Replace(fullPath, displayPath, StringComparison.Ordinal),
    };
}
