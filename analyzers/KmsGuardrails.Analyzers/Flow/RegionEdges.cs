using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace KmsGuardrails.Analyzers.Flow;

/// <summary>
/// The edges of a control-flow graph that Roslyn leaves implicit in its regions: a branch out of a
/// try goes through the finally before its destination, the end of a finally returns to wherever
/// the branches through it were going, and an exception anywhere in a try reaches its catch and
/// finally handlers.
/// </summary>
internal sealed class RegionEdges
{
    private static readonly BasicBlock[] None = new BasicBlock[0];
    private static readonly (BasicBlock, bool)[] NoHandlers = new (BasicBlock, bool)[0];

    private readonly ControlFlowGraph graph;
    private readonly Dictionary<ControlFlowRegion, HashSet<BasicBlock>> finallyContinuations = new();

    public RegionEdges(ControlFlowGraph graph)
    {
        this.graph = graph;
        foreach (var branch in graph.Blocks.SelectMany(block => new[] { block.FallThroughSuccessor, block.ConditionalSuccessor }))
        {
            if (branch is null || branch.FinallyRegions.IsEmpty)
            {
                continue;
            }

            // Innermost finally first: each one continues into the next, the last into the destination.
            for (var i = 0; i < branch.FinallyRegions.Length; i++)
            {
                var next = i + 1 < branch.FinallyRegions.Length ? graph.Blocks[branch.FinallyRegions[i + 1].FirstBlockOrdinal] : branch.Destination;
                if (next is not null)
                {
                    ContinuationsOf(branch.FinallyRegions[i]).Add(next);
                }
            }
        }
    }

    /// <summary>Where a branch leads: its destination, or the first finally it passes through, or, at the end of a finally, the continuations of that finally.</summary>
    public IEnumerable<BasicBlock> Targets(ControlFlowBranch branch)
    {
        if (branch.Semantics == ControlFlowBranchSemantics.StructuredExceptionHandling)
        {
            return EnclosingFinally(branch.Source.EnclosingRegion) is { } region && finallyContinuations.TryGetValue(region, out var continuations)
                ? continuations
                : None;
        }

        if (!branch.FinallyRegions.IsEmpty)
        {
            return new[] { graph.Blocks[branch.FinallyRegions[0].FirstBlockOrdinal] };
        }

        return branch.Destination is { } destination ? new[] { destination } : None;
    }

    /// <summary>The first blocks of the catch, filter and finally handlers an exception thrown in <paramref name="block"/> may reach.</summary>
    public IReadOnlyList<(BasicBlock Entry, bool IsFinally)> HandlersOf(BasicBlock block)
    {
        List<(BasicBlock, bool)>? handlers = null;

        // The root of a lambda's or local function's graph links to the region it is declared in,
        // but an exception in it goes to its caller: stop at the root.
        for (var region = block.EnclosingRegion; region is { Kind: not ControlFlowRegionKind.Root }; region = region.EnclosingRegion)
        {
            if (region.Kind != ControlFlowRegionKind.Try || region.EnclosingRegion is not { } tryAndHandlers)
            {
                continue;
            }

            foreach (var handler in tryAndHandlers.NestedRegions)
            {
                if (handler != region)
                {
                    (handlers ??= new List<(BasicBlock, bool)>()).Add((graph.Blocks[handler.FirstBlockOrdinal], handler.Kind == ControlFlowRegionKind.Finally));
                }
            }
        }

        return handlers ?? (IReadOnlyList<(BasicBlock, bool)>)NoHandlers;
    }

    private HashSet<BasicBlock> ContinuationsOf(ControlFlowRegion finallyRegion)
    {
        if (!finallyContinuations.TryGetValue(finallyRegion, out var continuations))
        {
            continuations = new HashSet<BasicBlock>();
            finallyContinuations.Add(finallyRegion, continuations);
        }

        return continuations;
    }

    private static ControlFlowRegion? EnclosingFinally(ControlFlowRegion? region)
    {
        while (region is { Kind: not ControlFlowRegionKind.Finally and not ControlFlowRegionKind.Root })
        {
            region = region.EnclosingRegion;
        }

        return region?.Kind == ControlFlowRegionKind.Finally ? region : null;
    }
}
