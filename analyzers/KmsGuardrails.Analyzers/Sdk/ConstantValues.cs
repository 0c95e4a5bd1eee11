using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace KmsGuardrails.Analyzers.Sdk;

/// <summary>
/// Reads compile-time values: literals, constants and constant expressions, enum members, static
/// readonly fields initialised with a literal, and the SDK's ConstantClass members
/// (<c>KeySpec.RSA_2048</c>, or a string converted to one).
/// </summary>
internal static class ConstantValues
{
    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } or IConversionOperation { OperatorMethod: null } or IParenthesizedOperation)
        {
            operation = operation switch
            {
                IConversionOperation conversion => conversion.Operand,
                IParenthesizedOperation parenthesized => parenthesized.Operand,
                _ => operation,
            };
        }

        return operation;
    }

    public static object? Value(IOperation operation)
    {
        if (operation.ConstantValue.HasValue)
        {
            return operation.ConstantValue.Value;
        }

        var unwrapped = Unwrap(operation);
        if (unwrapped.ConstantValue.HasValue)
        {
            return unwrapped.ConstantValue.Value;
        }

        return unwrapped is IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: true } field } ? ReadOnlyFieldLiteral(field) : null;
    }

    public static bool TryGetInt32(IOperation operation, out int value)
    {
        switch (Value(operation))
        {
            case int number:
                value = number;
                return true;
            case long number when number is >= int.MinValue and <= int.MaxValue:
                value = (int)number;
                return true;
            default:
                value = 0;
                return false;
        }
    }

    public static bool? Boolean(IOperation operation) => Value(operation) as bool?;

    public static string? String(IOperation operation) => Value(operation) as string;

    /// <summary>
    /// The API name of a ConstantClass value: the field name of <c>KeySpec.RSA_2048</c>, or the
    /// string in <c>KeySpec = "RSA_2048"</c> (an implicit user-defined conversion), or
    /// <c>KeySpec.FindValue("RSA_2048")</c>.
    /// </summary>
    public static string? ApiName(IOperation operation)
    {
        var unwrapped = Unwrap(operation);
        switch (unwrapped)
        {
            case IFieldReferenceOperation { Field: { IsStatic: true } field } when IsConstantClass(field.Type):
                return field.Name;
            case IConversionOperation { OperatorMethod: not null } conversion:
                return String(conversion.Operand);
            case IInvocationOperation { TargetMethod.Name: "FindValue", Arguments.Length: 1 } invocation when IsConstantClass(invocation.Type):
                return String(invocation.Arguments[0].Value);
            default:
                return String(unwrapped);
        }
    }

    private static bool IsConstantClass(ITypeSymbol? type)
    {
        for (var current = type?.BaseType; current is not null; current = current.BaseType)
        {
            if (current.Name == "ConstantClass" && current.ContainingNamespace is { Name: "Runtime", ContainingNamespace: { Name: "Amazon", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Roslyn gives no value for static readonly fields; a numeric or string literal initialiser in source is as good as a constant.</summary>
    private static object? ReadOnlyFieldLiteral(IFieldSymbol field)
    {
        if (field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializer })
        {
            return null;
        }

        var negative = initializer is PrefixUnaryExpressionSyntax { OperatorToken.Text: "-" };
        var literal = (negative ? ((PrefixUnaryExpressionSyntax)initializer).Operand : initializer) as LiteralExpressionSyntax;
        return literal?.Token.Value switch
        {
            int number => negative ? -number : number,
            string text when !negative => text,
            bool flag when !negative => flag,
            _ => null,
        };
    }
}
