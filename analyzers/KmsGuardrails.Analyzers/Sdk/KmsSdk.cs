using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KmsGuardrails.Analyzers.Sdk;

/// <summary>
/// The AWSSDK.KeyManagementService types a compilation references, resolved once per compilation.
/// <see cref="TryCreate"/> returns null when the SDK is not referenced, and then no analyzer
/// registers anything: a project without the KMS SDK pays nothing.
/// </summary>
internal sealed class KmsSdk
{
    private const string ModelNamespace = "Amazon.KeyManagementService.Model.";

    // Answers per type and namespace, shared by every callback of the compilation: most
    // invocations are on the same few types, so each is examined once.
    private readonly ConcurrentDictionary<ITypeSymbol, bool> clients = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamespaceSymbol, bool> libraries = new(SymbolEqualityComparer.Default);

    private KmsSdk(Compilation compilation, INamedTypeSymbol client)
    {
        Client = client;
        MethodNames = new MethodNameSet(client.GetMembers().OfType<IMethodSymbol>().Select(method => method.Name));
        ScheduleKeyDeletionRequest = Model(compilation, "ScheduleKeyDeletionRequest");
        KeyMetadata = Model(compilation, "KeyMetadata");
    }

    /// <summary>IAmazonKeyManagementService: every client, mock and wrapper implements it.</summary>
    public INamedTypeSymbol Client { get; }

    /// <summary>The names of the client's methods, sync and async: a call by any other name is not a KMS call.</summary>
    public MethodNameSet MethodNames { get; }

    public INamedTypeSymbol? ScheduleKeyDeletionRequest { get; }

    public INamedTypeSymbol? KeyMetadata { get; }

    public static KmsSdk? TryCreate(Compilation compilation) =>
        FindType(compilation, "Amazon.KeyManagementService.IAmazonKeyManagementService") is { } client
            ? new KmsSdk(compilation, client)
            : null;

    /// <summary>
    /// True for a call of a KMS client method named in <paramref name="methodNames"/> (default: every
    /// client method). The name is checked first, so most invocations cost one lookup.
    /// </summary>
    public bool IsClientCall(IInvocationOperation invocation, MethodNameSet? methodNames = null) =>
        (methodNames ?? MethodNames).Contains(invocation.TargetMethod.Name)
        && (IsClient(invocation.TargetMethod.ContainingType) || IsClient(invocation.Instance?.Type));

    /// <summary>True when <paramref name="type"/> is the KMS client interface or implements it.</summary>
    /// <remarks>The interface itself, the usual receiver, is answered by one comparison, before the cache's lookup.</remarks>
    public bool IsClient(ITypeSymbol? type) =>
        type is not null && (SymbolEqualityComparer.Default.Equals(type, Client) || clients.GetOrAdd(type, ImplementsClient));

    /// <summary>
    /// True for the namespaces of libraries that never touch KMS keys (System.*, logging), whose
    /// calls therefore leave what is known about a key alone.
    /// </summary>
    public bool IsKeyNeutralLibrary(INamespaceSymbol? ns) =>
        ns is not null && libraries.GetOrAdd(ns, static n =>
        {
            var name = n.ToDisplayString();
            return name == "System" || name.StartsWith("System.", StringComparison.Ordinal) || name.StartsWith("Microsoft.Extensions.Logging", StringComparison.Ordinal);
        });

    private bool ImplementsClient(ITypeSymbol type)
    {
        if (SymbolEqualityComparer.Default.Equals(type, Client))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, Client))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="type"/> is a request type of the KMS model, for example ScheduleKeyDeletionRequest.</summary>
    public static bool IsModelType(ITypeSymbol? type, string name) =>
        type is INamedTypeSymbol named && named.Name == name && IsModelNamespace(named.ContainingNamespace);

    /// <summary>True for Amazon.KeyManagementService.Model, compared name by name: no string is built.</summary>
    public static bool IsModelNamespace(INamespaceSymbol? ns) =>
        ns is { Name: "Model" }
        && ns.ContainingNamespace is { Name: "KeyManagementService" } service
        && service.ContainingNamespace is { Name: "Amazon" } amazon
        && amazon.ContainingNamespace is { IsGlobalNamespace: true };

    private static INamedTypeSymbol? Model(Compilation compilation, string name) => FindType(compilation, ModelNamespace + name);

    /// <summary>
    /// Looks a type up even when another assembly defines the same name (GetTypeByMetadataName
    /// answers null then), preferring the SDK's own assembly.
    /// </summary>
    private static INamedTypeSymbol? FindType(Compilation compilation, string metadataName)
    {
        INamedTypeSymbol? found = null;
        foreach (var type in compilation.GetTypesByMetadataName(metadataName))
        {
            if (type.ContainingAssembly.Name == "AWSSDK.KeyManagementService")
            {
                return type;
            }

            found ??= type;
        }

        return found;
    }
}
