using System.Collections.Generic;
using KmsGuardrails.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KmsGuardrails.Analyzers.Flow;

/// <summary>Finds which key an expression designates: an id, a response or key metadata.</summary>
internal sealed class KeyResolver
{
    private readonly IReadOnlyDictionary<SyntaxNode, KmsCall> calls;

    public KeyResolver(IReadOnlyDictionary<SyntaxNode, KmsCall> calls) => this.calls = calls;

    public KeyIdentity? Resolve(IOperation? operation, FlowState state)
    {
        if (operation is null)
        {
            return null;
        }

        var value = ConstantValues.Unwrap(operation);
        if (value is IAwaitOperation awaited)
        {
            value = ConstantValues.Unwrap(awaited.Operation);
        }

        if (ConstantValues.String(value) is { } constant)
        {
            return KeyIdentity.OfConstant(constant);
        }

        return value switch
        {
            ILocalReferenceOperation local => state.TryGetAlias(local.Local, out var alias) ? alias : OfString(local.Local, local.Type),
            IParameterReferenceOperation parameter => OfString(parameter.Parameter, parameter.Type),
            IFieldReferenceOperation field when IsOwnMember(field.Instance) => OfString(field.Field, field.Type),

            // response.KeyMetadata.KeyId, metadata.Arn, response.KeyId: the key the response is about.
            IPropertyReferenceOperation { Property.Name: "KeyId" or "Arn" or "KeyMetadata" } property when IsKmsModel(property.Instance?.Type) =>
                Resolve(property.Instance, state),
            IPropertyReferenceOperation property when IsOwnMember(property.Instance) && property.Arguments.Length == 0 => OfString(property.Property, property.Type),
            IInvocationOperation { IsImplicit: false } invocation when calls.TryGetValue(invocation.Syntax, out var call) => OfResponse(call, state),
            _ => null,
        };
    }

    /// <summary>The key a KMS call's response is about: the new key of CreateKey, the key described or scheduled.</summary>
    private KeyIdentity? OfResponse(KmsCall call, FlowState state) => call.Api switch
    {
        "CreateKey" => KeyIdentity.CreatedBy(call.Invocation.Syntax),
        "DescribeKey" or "ScheduleKeyDeletion" or "CancelKeyDeletion" => Resolve(call.Argument("KeyId"), state),
        _ => null,
    };

    private static KeyIdentity? OfString(ISymbol symbol, ITypeSymbol? type) =>
        type?.SpecialType == SpecialType.System_String ? KeyIdentity.Of(symbol) : null;

    private static bool IsOwnMember(IOperation? instance) =>
        instance is null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };

    private static bool IsKmsModel(ITypeSymbol? type) => KmsSdk.IsModelNamespace(type?.ContainingNamespace);
}
