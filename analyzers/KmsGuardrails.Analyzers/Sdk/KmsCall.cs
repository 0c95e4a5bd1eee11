using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KmsGuardrails.Analyzers.Sdk;

/// <summary>
/// One call to a KMS client method, sync or async, in its request-object form or a convenience
/// overload: the API name and its arguments by request property name.
/// </summary>
internal sealed class KmsCall
{
    private readonly Dictionary<string, IOperation> convenienceArguments;

    private KmsCall(IInvocationOperation invocation, string api, RequestValues request, Dictionary<string, IOperation> convenienceArguments)
    {
        Invocation = invocation;
        Api = api;
        Request = request;
        this.convenienceArguments = convenienceArguments;
    }

    public IInvocationOperation Invocation { get; }

    /// <summary>The API name without the Async suffix, for example <c>ScheduleKeyDeletion</c>.</summary>
    public string Api { get; }

    public RequestValues Request { get; }

    /// <summary>The value given for a request property, through the request object or a convenience parameter.</summary>
    public IOperation? Argument(string property) =>
        convenienceArguments.TryGetValue(property, out var value) ? value : Request[property];

    /// <summary>True when the property is given at all, even as a value that cannot be read.</summary>
    public bool HasArgument(string property) => convenienceArguments.ContainsKey(property) || Request.IsAssigned(property);

    /// <summary>The client method names, sync and async, of <paramref name="apis"/>: a cheap first filter for <see cref="TryRead"/>.</summary>
    public static MethodNameSet MethodNames(params string[] apis) =>
        new(apis.SelectMany(api => new[] { api, api + "Async" }));

    /// <summary>
    /// The call, or null when it is not a KMS client call or not one of <paramref name="methodNames"/>
    /// (default: every client method); see <see cref="KmsSdk.IsClientCall"/>.
    /// </summary>
    public static KmsCall? TryRead(IInvocationOperation invocation, KmsSdk sdk, MethodNameSet? methodNames = null)
    {
        if (!sdk.IsClientCall(invocation, methodNames))
        {
            return null;
        }

        var method = invocation.TargetMethod;

        var api = method.Name.EndsWith("Async", StringComparison.Ordinal) ? method.Name.Substring(0, method.Name.Length - 5) : method.Name;
        var request = RequestValues.None;
        var convenience = new Dictionary<string, IOperation>(StringComparer.Ordinal);
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            if (KmsSdk.IsModelType(parameter.Type, api + "Request"))
            {
                request = RequestValues.Read(argument.Value);
            }
            else if (parameter.Name.Length > 0)
            {
                // keyId -> KeyId, pendingWindowInDays -> PendingWindowInDays: the request property names.
                convenience[char.ToUpperInvariant(parameter.Name[0]) + parameter.Name.Substring(1)] = argument.Value;
            }
        }

        return new KmsCall(invocation, api, request, convenience);
    }
}
