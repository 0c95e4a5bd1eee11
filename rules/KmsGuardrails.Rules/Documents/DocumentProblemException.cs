using System;

namespace KmsGuardrails.Rules.Documents;

/// <summary>Stops a reader at the first problem in a document; the reader turns it into a <see cref="DocumentProblem"/>.</summary>
public sealed class DocumentProblemException : Exception
{
    public DocumentProblemException(SourcePosition position, string message)
        : base(message) => Position = position;

    public SourcePosition Position { get; }

    public DocumentProblem Problem => new(Position, Message);
}
