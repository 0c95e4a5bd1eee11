using KmsGuardrails.Analyzers.Sdk;
using KmsGuardrails.Rules.Lifecycle;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KmsGuardrails.Analyzers.Flow;

/// <summary>
/// Learns key facts from a branch that tested the key's metadata, for example
/// <c>if (metadata.KeySpec == KeySpec.RSA_2048)</c> or
/// <c>if (metadata.MultiRegionConfiguration.ReplicaKeys.Count &gt; 0)</c>.
/// </summary>
internal sealed class MetadataConditions
{
    private readonly KeyResolver resolver;

    public MetadataConditions(KeyResolver resolver) => this.resolver = resolver;

    /// <summary>The state on the edge where <paramref name="condition"/> is <paramref name="holds"/>.</summary>
    public FlowState Refine(IOperation condition, bool holds, FlowState state)
    {
        switch (ConstantValues.Unwrap(condition))
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return Refine(not.Operand, !holds, state);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } equality:
                var equal = holds == (equality.OperatorKind == BinaryOperatorKind.Equals);
                return RefineEquality(equality.LeftOperand, equality.RightOperand, equal, state)
                    ?? RefineEquality(equality.RightOperand, equality.LeftOperand, equal, state)
                    ?? RefineReplicaCount(equality, holds, state)
                    ?? state;
            case IBinaryOperation comparison:
                return RefineReplicaCount(comparison, holds, state) ?? state;
            default:
                return state;
        }
    }

    private FlowState? RefineEquality(IOperation property, IOperation value, bool equal, FlowState state)
    {
        if (ConstantValues.Unwrap(property) is not IPropertyReferenceOperation reference || Key(reference, state) is not { } key)
        {
            return null;
        }

        var snapshot = state[key];
        var facts = snapshot.Facts;
        if (reference.Property.Name == "MultiRegion" && ConstantValues.Boolean(value) is { } multiRegion)
        {
            return equal == multiRegion ? state : state.With(key, snapshot with { Facts = facts with { Role = MultiRegionRole.SingleRegion } });
        }

        if (ConstantValues.ApiName(value) is not { } name)
        {
            return null;
        }

        if (reference.Property.Name == "KeyState" && KmsNames.Parse<KeyState>(name) is { } keyState)
        {
            var states = equal ? KeyStateSet.Of(keyState) : Without(snapshot.States, keyState);
            return state.With(key, snapshot with { States = states });
        }

        if (!equal)
        {
            return state; // "not RSA_2048" says nothing the model can hold.
        }

        facts = reference.Property.Name switch
        {
            "KeySpec" or "CustomerMasterKeySpec" => facts with { Spec = KmsNames.Parse<KeySpec>(name) ?? facts.Spec },
            "KeyUsage" => facts with { Usage = KmsNames.Parse<KeyUsage>(name) ?? facts.Usage },
            "Origin" => facts with { Origin = KmsNames.Parse<KeyOrigin>(name) ?? facts.Origin },
            "MultiRegionKeyType" => facts with { Role = KmsNames.Parse<MultiRegionRole>(name) ?? facts.Role },
            _ => facts,
        };
        return state.With(key, snapshot with { Facts = facts });
    }

    /// <summary><c>ReplicaKeys.Count &gt; 0</c>, <c>!= 0</c> or <c>&gt;= 1</c> on a primary's metadata.</summary>
    private FlowState? RefineReplicaCount(IBinaryOperation comparison, bool holds, FlowState state)
    {
        if (ConstantValues.Unwrap(comparison.LeftOperand) is not IPropertyReferenceOperation { Property.Name: "Count", Instance: IPropertyReferenceOperation { Property.Name: "ReplicaKeys" } replicas }
            || !ConstantValues.TryGetInt32(comparison.RightOperand, out var bound)
            || Key(replicas, state) is not { } key)
        {
            return null;
        }

        var some = comparison.OperatorKind switch
        {
            BinaryOperatorKind.GreaterThan => bound >= 0,
            BinaryOperatorKind.GreaterThanOrEqual => bound >= 1,
            BinaryOperatorKind.NotEquals => bound == 0,
            _ => false,
        };
        if (!some || !holds)
        {
            return state;
        }

        var snapshot = state[key];
        var facts = snapshot.Facts with { Role = MultiRegionRole.Primary, MinimumReplicaCount = System.Math.Max(1, snapshot.Facts.MinimumReplicaCount) };
        return state.With(key, snapshot with { Facts = facts });
    }

    /// <summary>The key whose metadata the property belongs to (metadata.X or metadata.MultiRegionConfiguration.X).</summary>
    private KeyIdentity? Key(IPropertyReferenceOperation reference, FlowState state)
    {
        var instance = reference.Instance is IPropertyReferenceOperation { Property.Name: "MultiRegionConfiguration" } configuration
            ? configuration.Instance
            : reference.Instance;
        return instance?.Type?.Name == "KeyMetadata" ? resolver.Resolve(instance, state) : null;
    }

    private static KeyStateSet Without(KeyStateSet states, KeyState removed)
    {
        var remaining = KeyStateSet.Empty;
        foreach (var state in states.States)
        {
            if (state != removed)
            {
                remaining = remaining.Union(state);
            }
        }

        return remaining;
    }
}
