using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KmsGuardrails.Analyzers.Sdk;

/// <summary>
/// One call to a KMS client method, sync or async, in its request-object form or a convenience
/// overload: the API name and its arguments by request property name.
/// </summary>
internal sealed class KmsCall
{
    private static readonly Dictionary<string, IOperation> NoConvenienceArguments = new(StringComparer.Ordinal);

    /// <summary>Parameter names as request property names (keyId -> KeyId), kept so a name is converted once per process.</summary>
    private static readonly ConcurrentDictionary<string, string> PropertyNames = new(StringComparer.Ordinal);

    private readonly Dictionary<string, IOperation> convenienceArguments;
    private IReadOnlyList<KeyAction>? actions;

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

    /// <summary>What the call does to keys (<see cref="KeyActions.Of"/>), translated once: a flow analysis applies a call on every pass over it.</summary>
    public IReadOnlyList<KeyAction> Actions => actions ??= KeyActions.Of(this);

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
    public static KmsCall? TryRead(IInvocationOperation invocation, KmsSdk sdk, MethodNameSet? methodNames = null) =>
        sdk.IsClientCall(invocation, methodNames) ? Read(invocation) : null;

    /// <summary>Reads a call already known to be a KMS client call (<see cref="KmsSdk.IsClientCall"/>).</summary>
    /// <remarks>Runs on every KMS call of a compilation, once per analyzer: it builds no map the call does not need.</remarks>
    public static KmsCall Read(IInvocationOperation invocation)
    {
        var request = RequestValues.None;
        var convenience = NoConvenienceArguments;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            if (IsRequestType(parameter.Type))
            {
                request = RequestValues.Read(argument.Value);
            }
            else if (parameter.Name.Length > 0 && parameter.Type.Name != nameof(CancellationToken))
            {
                if (ReferenceEquals(convenience, NoConvenienceArguments))
                {
                    convenience = new Dictionary<string, IOperation>(StringComparer.Ordinal);
                }

                convenience[PropertyNames.GetOrAdd(parameter.Name, static name => char.ToUpperInvariant(name[0]) + name.Substring(1))] = argument.Value;
            }
        }

        return new KmsCall(invocation, ApiName(invocation.TargetMethod.Name), request, convenience);
    }

    /// <summary>A client method takes at most one request object: a class of the KMS model whose name ends in Request.</summary>
    private static bool IsRequestType(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Class } named && named.Name.EndsWith("Request", StringComparison.Ordinal) && KmsSdk.IsModelNamespace(named.ContainingNamespace);

    private static string ApiName(string methodName) =>
        methodName.EndsWith("Async", StringComparison.Ordinal) ? methodName.Substring(0, methodName.Length - 5) : methodName;
}
