using Microsoft.CodeAnalysis;

namespace KmsGuardrails.Analyzers.Sdk;

/// <summary>
/// The AWSSDK.KeyManagementService types a compilation references, resolved once per compilation.
/// <see cref="TryCreate"/> returns null when the SDK is not referenced, and then no analyzer
/// registers anything: a project without the KMS SDK pays nothing.
/// </summary>
internal sealed class KmsSdk
{
    private const string ModelNamespace = "Amazon.KeyManagementService.Model.";

    private KmsSdk(Compilation compilation, INamedTypeSymbol client)
    {
        Client = client;
        ScheduleKeyDeletionRequest = Model(compilation, "ScheduleKeyDeletionRequest");
        KeyMetadata = Model(compilation, "KeyMetadata");
    }

    /// <summary>IAmazonKeyManagementService: every client, mock and wrapper implements it.</summary>
    public INamedTypeSymbol Client { get; }

    public INamedTypeSymbol? ScheduleKeyDeletionRequest { get; }

    public INamedTypeSymbol? KeyMetadata { get; }

    public static KmsSdk? TryCreate(Compilation compilation) =>
        FindType(compilation, "Amazon.KeyManagementService.IAmazonKeyManagementService") is { } client
            ? new KmsSdk(compilation, client)
            : null;

    /// <summary>True when <paramref name="type"/> is the KMS client interface or implements it.</summary>
    public bool IsClient(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

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
        type is INamedTypeSymbol named
        && named.Name == name
        && named.ContainingNamespace?.ToDisplayString() + "." == ModelNamespace;

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
