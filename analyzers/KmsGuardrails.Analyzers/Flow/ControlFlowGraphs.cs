using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KmsGuardrails.Analyzers.Flow;

/// <summary>The control-flow graph of a body found from a semantic model, as the driver builds it for an operation block.</summary>
internal static class ControlFlowGraphs
{
    /// <summary>The graph of <paramref name="body"/>, the root of an operation tree; null for a kind of root that has none.</summary>
    public static ControlFlowGraph? Of(IOperation body, CancellationToken cancellationToken) => body switch
    {
        IMethodBodyOperation method => ControlFlowGraph.Create(method, cancellationToken),
        IConstructorBodyOperation constructor => ControlFlowGraph.Create(constructor, cancellationToken),
        IBlockOperation block => ControlFlowGraph.Create(block, cancellationToken),
        IFieldInitializerOperation field => ControlFlowGraph.Create(field, cancellationToken),
        IPropertyInitializerOperation property => ControlFlowGraph.Create(property, cancellationToken),
        IParameterInitializerOperation parameter => ControlFlowGraph.Create(parameter, cancellationToken),
        _ => null,
    };
}
