using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace KmsGuardrails.Analyzers.Infrastructure;

/// <summary>Where a diagnostic about a whole call goes: the method name, as IDEs underline it.</summary>
internal static class CallLocations
{
    public static Location NameOf(IInvocationOperation invocation) => invocation.Syntax switch
    {
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Name.GetLocation(),
        InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } => binding.Name.GetLocation(),
        InvocationExpressionSyntax { Expression: SimpleNameSyntax name } => name.GetLocation(),
        _ => invocation.Syntax.GetLocation(),
    };
}
