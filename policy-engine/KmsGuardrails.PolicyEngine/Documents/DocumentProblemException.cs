using System;
using KmsGuardrails.Rules;

namespace KmsGuardrails.PolicyEngine.Documents;

/// <summary>Stops reading a document at a problem of our own finding (a limit, a duplicate key), with its position.</summary>
internal sealed class DocumentProblemException : Exception
{
    public DocumentProblemException(SourcePosition position, string message)
        : base(message) => Position = position;

    public SourcePosition Position { get; }
}
