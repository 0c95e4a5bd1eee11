using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using KmsGuardrails.Analyzers.Sdk;
using KmsGuardrails.Rules.Lifecycle;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KmsGuardrails.Analyzers.Flow;

/// <summary>
/// One walk over a method's operations before any control-flow graph is built: its KMS calls,
/// whether it reads key metadata, and whether it is straight-line code (no branch, loop, try,
/// jump or nested function; usings allowed), whose one path is its evaluation order.
/// </summary>
internal sealed class MethodScan
{
    private readonly List<IInvocationOperation> clientCalls = new();
    private Dictionary<SyntaxNode, KmsCall>? calls;

    private MethodScan()
    {
    }

    /// <summary>
    /// The method's KMS calls, read when first asked for: reading a call's request is most of the
    /// cost of a scan, and a method with a single call is usually passed by on its count alone.
    /// </summary>
    public IReadOnlyDictionary<SyntaxNode, KmsCall> Calls => calls ??= Read(clientCalls);

    public bool ReadsMetadata { get; private set; }

    public bool IsStraightLine { get; private set; } = true;

    /// <summary>
    /// False when no flow hazard is possible: that takes two KMS calls of which one teaches something
    /// about its key, or a call and a branch that tests key metadata.
    /// </summary>
    /// <remarks>
    /// That needs a call whose key is known beforehand: a test of key metadata in a branch, or an
    /// earlier call that teaches something about its key (creates it, or changes or reveals its
    /// state). Cheap, so most methods are never followed at all.
    /// </remarks>
    public bool CanRaiseHazards =>
        clientCalls.Count > 0 && ((ReadsMetadata && !IsStraightLine) || (clientCalls.Count > 1 && Calls.Values.SelectMany(call => call.Actions).Any(Teaches)));

    /// <summary>What a call teaches is its states and facts, which the options (they only tune hazards) do not change.</summary>
    private static bool Teaches(KeyAction action)
    {
        var step = KeyLifecycle.Apply(KeyStateSet.Unknown, KeyFacts.Unknown, action.Operation);
        return action.Operation.Kind == KeyOperationKind.CreateKey || !step.States.IsUnknown || step.Facts != KeyFacts.Unknown;
    }

    public static MethodScan Of(IOperation root, KmsSdk sdk)
    {
        var scan = new MethodScan();
        scan.Walk(root, sdk);
        return scan;
    }

    /// <summary>A recursive walk rather than Descendants(), which allocates an enumerator per node: this runs on every method that calls KMS.</summary>
    private void Walk(IOperation operation, KmsSdk sdk)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (operation.Kind)
        {
            case OperationKind.Invocation when sdk.IsClientCall((IInvocationOperation)operation):
                clientCalls.Add((IInvocationOperation)operation);
                break;
            case OperationKind.PropertyReference when SymbolEqualityComparer.Default.Equals(((IPropertyReferenceOperation)operation).Property.ContainingType, sdk.KeyMetadata):
                ReadsMetadata = true;
                break;
        }

        IsStraightLine = IsStraightLine && !Branches(operation);
        foreach (var child in operation.ChildOperations)
        {
            Walk(child, sdk);
        }
    }

    private static Dictionary<SyntaxNode, KmsCall> Read(List<IInvocationOperation> invocations)
    {
        var read = new Dictionary<SyntaxNode, KmsCall>(invocations.Count, SyntaxIdentityComparer.Instance);
        foreach (var invocation in invocations)
        {
            read[invocation.Syntax] = KmsCall.Read(invocation);
        }

        return read;
    }

    /// <summary>
    /// Operations whose control flow is more than one path in evaluation order; by kind, which is
    /// cheaper than a type test per interface. A using is not one: its hidden finally calls
    /// IDisposable.Dispose, which the graph treats as a System call that touches no key (as it does
    /// for any System method), and an exception in it leaves the method, so the graph would find
    /// exactly what the evaluation order does.
    /// </summary>
    private static bool Branches(IOperation operation)
    {
        switch (operation.Kind)
        {
            case OperationKind.Conditional:
            case OperationKind.Loop:
            case OperationKind.Try:
            case OperationKind.Lock:
            case OperationKind.Switch:
            case OperationKind.SwitchExpression:
            case OperationKind.Branch:
            case OperationKind.Labeled:
            case OperationKind.Throw:
            case OperationKind.ConditionalAccess:
            case OperationKind.Coalesce:
            case OperationKind.CoalesceAssignment:
            case OperationKind.IsPattern:
            case OperationKind.AnonymousFunction:
            case OperationKind.LocalFunction:
            case OperationKind.TranslatedQuery:
            case OperationKind.InterpolatedStringHandlerCreation:
            case OperationKind.YieldReturn:
            case OperationKind.YieldBreak:
            case OperationKind.None: // a construct without an operation of its own (fixed, ...): take the graph
                return true;
            case OperationKind.Binary:
                return ((IBinaryOperation)operation).OperatorKind is BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr;
            case OperationKind.Return:
                return !EndsBody((IReturnOperation)operation);
            default:
                return false;
        }
    }

    /// <summary>A return that ends the member's body leaves nothing behind it unreached.</summary>
    private static bool EndsBody(IReturnOperation end) =>
        end.Parent is IBlockOperation { Parent: IMethodBodyOperation or IConstructorBodyOperation or null } body
        && body.Operations[body.Operations.Length - 1] == end;
}
