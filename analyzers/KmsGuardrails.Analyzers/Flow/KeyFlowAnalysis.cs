using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using KmsGuardrails.Analyzers.Infrastructure;
using KmsGuardrails.Analyzers.Sdk;
using KmsGuardrails.Rules.Lifecycle;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KmsGuardrails.Analyzers.Flow;

/// <summary>
/// Follows every key of one method with the lifecycle simulator: a forward dataflow whose fact per
/// key is the set of states it may be in, over the method's control-flow graph (exceptional paths
/// included), or in evaluation order for straight-line code. Paths join by union, so a hazard that
/// depends on the state is raised only when it holds on every path.
/// </summary>
internal sealed class KeyFlowAnalysis
{
    /// <summary>Passes over the graph before giving up; the lattice is finite, this only guards against surprises.</summary>
    private const int MaximumPassesPerBlock = 20;

    private readonly KmsSdk sdk;
    private readonly IReadOnlyDictionary<SyntaxNode, KmsCall> calls;
    private readonly LifecycleOptions options;
    private readonly KeyResolver resolver;
    private readonly MetadataConditions conditions;
    private readonly INamedTypeSymbol? containingType;
    private readonly CancellationToken cancellationToken;

    public KeyFlowAnalysis(KmsSdk sdk, IReadOnlyDictionary<SyntaxNode, KmsCall> calls, LifecycleOptions options, INamedTypeSymbol? containingType, CancellationToken cancellationToken)
    {
        this.cancellationToken = cancellationToken;
        this.sdk = sdk;
        this.calls = calls;
        this.options = options;
        this.containingType = containingType;
        resolver = new KeyResolver(calls);
        conditions = new MetadataConditions(resolver);
    }

    /// <summary>
    /// The hazards of straight-line code (<see cref="MethodScan.IsStraightLine"/>): its one path is its
    /// evaluation order, so one pass over the operations finds what the graph would, without building it.
    /// </summary>
    public IEnumerable<HazardSite> AnalyzeStraightLine(IOperation root)
    {
        var findings = new Findings();
        Visit(root, FlowState.Empty, findings);
        return findings.Sites;
    }

    /// <summary>The hazards of the graph and of the lambdas and local functions in it.</summary>
    public IEnumerable<HazardSite> Analyze(ControlFlowGraph graph)
    {
        var inStates = Solve(graph);
        if (inStates is null)
        {
            yield break;
        }

        var findings = new Findings();
        foreach (var block in graph.Blocks.Where(block => block.IsReachable))
        {
            Transfer(block, inStates[block.Ordinal] ?? FlowState.Empty, findings);
        }

        foreach (var site in findings.Sites)
        {
            yield return site;
        }

        foreach (var localFunction in graph.LocalFunctions)
        {
            foreach (var site in Analyze(graph.GetLocalFunctionControlFlowGraph(localFunction)))
            {
                yield return site;
            }
        }

        foreach (var lambda in findings.Lambdas)
        {
            foreach (var site in Analyze(graph.GetAnonymousFunctionControlFlowGraph(lambda)))
            {
                yield return site;
            }
        }
    }

    /// <summary>
    /// The state at the start of each block, or null when the fixpoint was not reached in time.
    /// A finally runs on two kinds of path: after its try ends normally, when it then continues to
    /// where the try was going, and while an exception unwinds, when it then goes on to the outer
    /// handlers. Its blocks get a state for each kind, kept apart so the exception's states never
    /// reach the code after the try; the result joins them, for what holds on every path.
    /// </summary>
    private FlowState?[]? Solve(ControlFlowGraph graph)
    {
        var edges = new RegionEdges(graph);
        var normal = new FlowState?[graph.Blocks.Length];
        var unwinding = new FlowState?[graph.Blocks.Length];
        normal[0] = FlowState.Empty;
        var pending = new Queue<(BasicBlock Block, bool Unwinding)>();
        pending.Enqueue((graph.Blocks[0], false));
        var budget = graph.Blocks.Length * MaximumPassesPerBlock * 2;
        var steps = new List<FlowState>();
        while (pending.Count > 0)
        {
            if (--budget < 0)
            {
                return null;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var (block, isUnwinding) = pending.Dequeue();
            var handlers = edges.HandlersOf(block);
            steps.Clear();
            var outState = Transfer(block, (isUnwinding ? unwinding : normal)[block.Ordinal] ?? FlowState.Empty, findings: null, handlers.Count > 0 ? steps : null);
            foreach (var (destination, state) in Successors(block, outState, edges, isUnwinding))
            {
                Propagate(destination, state, isUnwinding);
            }

            // An exception may leave the block after any of its steps: a catch then runs as normal
            // code, a finally as unwinding code.
            if (handlers.Count > 0)
            {
                var anyStep = steps.Aggregate((joined, step) => joined.Join(step));
                foreach (var (handler, isFinally) in handlers)
                {
                    Propagate(handler, anyStep, isFinally);
                }
            }
        }

        var inStates = new FlowState?[graph.Blocks.Length];
        for (var i = 0; i < inStates.Length; i++)
        {
            inStates[i] = normal[i] is { } onNormalPaths && unwinding[i] is { } whileUnwinding ? onNormalPaths.Join(whileUnwinding) : normal[i] ?? unwinding[i];
        }

        return inStates;

        void Propagate(BasicBlock destination, FlowState state, bool toUnwinding)
        {
            var states = toUnwinding ? unwinding : normal;
            var previous = states[destination.Ordinal];
            var joined = previous is null ? state : previous.Join(state);
            if (previous is null || !joined.IsSameAs(previous))
            {
                states[destination.Ordinal] = joined;
                pending.Enqueue((destination, toUnwinding));
            }
        }
    }

    /// <summary>The blocks control goes to next, each with its state; the end of a finally an exception is unwinding through goes nowhere normal.</summary>
    private IEnumerable<(BasicBlock Destination, FlowState State)> Successors(BasicBlock block, FlowState outState, RegionEdges edges, bool unwinding)
    {
        if (block.ConditionKind == ControlFlowConditionKind.None || block.BranchValue is null)
        {
            return block.FallThroughSuccessor is { } next && !(unwinding && next.Semantics == ControlFlowBranchSemantics.StructuredExceptionHandling)
                ? Follow(next, outState)
                : Enumerable.Empty<(BasicBlock, FlowState)>();
        }

        var whenTrue = block.ConditionKind == ControlFlowConditionKind.WhenTrue;
        var conditional = block.ConditionalSuccessor is { } taken ? Follow(taken, conditions.Refine(block.BranchValue, whenTrue, outState)) : Enumerable.Empty<(BasicBlock, FlowState)>();
        var fallThrough = block.FallThroughSuccessor is { } notTaken ? Follow(notTaken, conditions.Refine(block.BranchValue, !whenTrue, outState)) : Enumerable.Empty<(BasicBlock, FlowState)>();
        return conditional.Concat(fallThrough);

        IEnumerable<(BasicBlock, FlowState)> Follow(ControlFlowBranch branch, FlowState state) => edges.Targets(branch).Select(target => (target, state));
    }

    /// <summary>
    /// The state after the block; <paramref name="steps"/>, when given, receives every state an
    /// exception may leave the block with: before and after each of its operations, and after each
    /// call inside one (a statement may call KMS twice, and the second call may throw).
    /// </summary>
    private FlowState Transfer(BasicBlock block, FlowState state, Findings? findings, List<FlowState>? steps = null)
    {
        steps?.Add(state);
        foreach (var operation in block.Operations)
        {
            state = Visit(operation, state, findings, steps);
            steps?.Add(state);
        }

        if (block.BranchValue is not null)
        {
            state = Visit(block.BranchValue, state, findings, steps);
            steps?.Add(state);
        }

        return state;
    }

    /// <summary>Evaluation order: operands before the operation that uses them. <paramref name="steps"/>, when given, receives the state after each call.</summary>
    private FlowState Visit(IOperation operation, FlowState state, Findings? findings, List<FlowState>? steps = null)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (operation is IFlowAnonymousFunctionOperation lambda)
        {
            findings?.Lambdas.Add(lambda);
            return state; // Lambda bodies run at another time; they are analyzed on their own.
        }

        foreach (var child in operation.ChildOperations)
        {
            state = Visit(child, state, findings, steps);
        }

        switch (operation)
        {
            // An implicit invocation (a collection initializer's Add) shares its element's syntax, which may be a KMS call.
            case IInvocationOperation { IsImplicit: false } invocation when calls.TryGetValue(invocation.Syntax, out var call):
                return AfterCall(Apply(call, state, findings), steps);
            case IInvocationOperation invocation:
                return AfterCall(AfterUnknownCall(invocation, state), steps);
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment:
                return state.Assign(local.Local, resolver.Resolve(assignment.Value, state));
            case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                return state.Assign(declarator.Symbol, resolver.Resolve(initializer.Value, state));
            case IAssignmentOperation { Target: var target }: // compound, deconstruction, or to a parameter or member
                return Overwritten(target, state);
            case IIncrementOrDecrementOperation { Target: var target }:
                return Overwritten(target, state);
            default:
                return state;
        }
    }

    private static FlowState AfterCall(FlowState state, List<FlowState>? steps)
    {
        steps?.Add(state);
        return state;
    }

    /// <summary>
    /// Variables given a value that designates no known key: whatever they designated before is
    /// forgotten, so an id overwritten by +=, a deconstruction or an out argument is not taken for
    /// the key it held.
    /// </summary>
    private FlowState Overwritten(IOperation target, FlowState state)
    {
        switch (target)
        {
            case ILocalReferenceOperation local:
                return state.Assign(local.Local, null);
            case IParameterReferenceOperation parameter:
                return state.Forget(KeyIdentity.Of(parameter.Parameter));
            case IMemberReferenceOperation member:
                return state.Forget(KeyIdentity.Of(member.Member));
            case ITupleOperation or IDeclarationExpressionOperation:
                foreach (var element in target.ChildOperations)
                {
                    state = Overwritten(element, state);
                }

                return state;
            default:
                return state;
        }
    }

    private FlowState Apply(KmsCall call, FlowState state, Findings? findings)
    {
        foreach (var action in call.Actions)
        {
            var operation = action.Operation;
            if (operation.Kind == KeyOperationKind.CreateKey)
            {
                var created = KeyLifecycle.Apply(KeyStateSet.Unknown, KeyFacts.Unknown, operation, options);
                state = state.With(KeyIdentity.CreatedBy(call.Invocation.Syntax), new KeySnapshot(created.States, created.Facts, null));
            }
            else if (action.StoreId is not null)
            {
                // A key-store call acts on every key known to be in that store.
                foreach (var pair in state.KeysInStore(KeyNames.Of(action.StoreId)).ToList())
                {
                    state = state.With(pair.Key, Step(action, pair.Value, findings, pair.Key));
                }
            }
            else if (resolver.Resolve(action.KeyId, state) is { } key)
            {
                state = state.With(key, Step(action, state[key], findings, key));
            }
        }

        return state;
    }

    private KeySnapshot Step(KeyAction action, KeySnapshot before, Findings? findings, KeyIdentity key)
    {
        var step = KeyLifecycle.Apply(before.States, before.Facts, action.Operation, options);
        var name = action.KeyId is not null ? KeyNames.Of(action.KeyId) : before.Name;
        if (findings is not null)
        {
            var location = CallLocations.NameOf(action.Call.Invocation);
            var subject = name ?? key.Symbol?.Name ?? key.Constant ?? "the created key";
            var properties = FixProperties(action);
            findings.Sites.AddRange(step.Hazards.Select(hazard => new HazardSite(hazard, location, subject, properties)));
        }

        return new KeySnapshot(step.States, step.Facts, name);
    }

    /// <summary>What a code fix needs to insert another call on the same client and key.</summary>
    private static ImmutableDictionary<string, string?> FixProperties(KeyAction action)
    {
        var invocation = action.Call.Invocation;
        if (action.KeyId is null || invocation.Instance is null)
        {
            return ImmutableDictionary<string, string?>.Empty;
        }

        return ImmutableDictionary<string, string?>.Empty
            .Add(DiagnosticProperties.KeyIdExpression, action.KeyId.Syntax.ToString())
            .Add(DiagnosticProperties.ClientExpression, invocation.Instance.Syntax.ToString());
    }

    /// <summary>
    /// A call KmsGuardrails cannot see into may change any key it is given, or, if it is given a
    /// KMS client, any key at all; a method of this type may change the keys in its fields.
    /// Library calls (System.*, logging) do not touch KMS keys.
    /// </summary>
    private FlowState AfterUnknownCall(IInvocationOperation invocation, FlowState state)
    {
        if (state.IsEmpty)
        {
            return state; // Nothing known that the call could change.
        }

        // Even a library call writes what it is given by ref or out (Dictionary.TryGetValue, Interlocked.Exchange).
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out)
            {
                state = Overwritten(argument.Value, state);
            }
        }

        var method = invocation.TargetMethod;
        if (sdk.IsKeyNeutralLibrary(method.ContainingNamespace))
        {
            return state;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (sdk.IsClient(argument.Value.Type))
            {
                return FlowState.Empty;
            }

            if (argument.Parameter?.RefKind is not (RefKind.Ref or RefKind.Out) && resolver.Resolve(argument.Value, state) is { } key)
            {
                state = state.Forget(key);
            }
        }

        return SymbolEqualityComparer.Default.Equals(method.ContainingType, containingType) ? state.ForgetMembers() : state;
    }

    /// <summary>What the reporting pass over a solved graph collects.</summary>
    private sealed class Findings
    {
        public List<HazardSite> Sites { get; } = new();

        /// <summary>The lambdas met on the way, analyzed afterwards on their own graphs.</summary>
        public List<IFlowAnonymousFunctionOperation> Lambdas { get; } = new();
    }
}
