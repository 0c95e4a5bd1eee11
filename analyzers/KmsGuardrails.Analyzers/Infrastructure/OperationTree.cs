using Microsoft.CodeAnalysis;

namespace KmsGuardrails.Analyzers.Infrastructure;

/// <summary>Where an operation sits in its tree.</summary>
internal static class OperationTree
{
    /// <summary>The top of the tree: the body (method, constructor, initializer) the operation belongs to.</summary>
    public static IOperation Root(IOperation operation)
    {
        while (operation.Parent is not null)
        {
            operation = operation.Parent;
        }

        return operation;
    }
}
