using System;

namespace KmsGuardrails.CatalogGenerator;

/// <summary>A file the generator must rewrite is not in the shape it expects (a marker is missing, say).</summary>
public sealed class GenerationException : Exception
{
    public GenerationException(string message)
        : base(message)
    {
    }
}
