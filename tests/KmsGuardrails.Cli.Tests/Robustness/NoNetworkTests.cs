using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;

namespace KmsGuardrails.Cli.Tests.Robustness;

/// <summary>
/// The CLI never uses the network: no assembly it ships (its own and its dependencies, as its
/// deps.json lists them) refers to a type of System.Net. Git, the one tool it runs, is started
/// with every protocol refused; a pull-request test shows a partial clone's missing base file is
/// then reported, not fetched.
/// </summary>
public sealed class NoNetworkTests
{
    [Fact]
    public void No_assembly_of_the_cli_refers_to_a_networking_type()
    {
        var assemblies = ShippedAssemblies();
        Assert.Contains("kms-guardrails.dll", assemblies.Select(Path.GetFileName));
        Assert.Contains("YamlDotNet.dll", assemblies.Select(Path.GetFileName));

        var networking = assemblies.SelectMany(path => ReferencedTypes(path).Where(type => type.StartsWith("System.Net.", StringComparison.Ordinal)).Select(type => $"{Path.GetFileName(path)}: {type}"));

        Assert.Empty(networking);
    }

    private static List<string> ShippedAssemblies()
    {
        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "kms-guardrails.deps.json")));
        return deps.RootElement.GetProperty("targets").EnumerateObject()
            .SelectMany(target => target.Value.EnumerateObject())
            .Where(library => library.Value.TryGetProperty("runtime", out _))
            .SelectMany(library => library.Value.GetProperty("runtime").EnumerateObject().Select(file => Path.Combine(AppContext.BaseDirectory, Path.GetFileName(file.Name))))
            .Distinct()
            .ToList();
    }

    private static IEnumerable<string> ReferencedTypes(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.TypeReferences
            .Select(handle => metadata.GetTypeReference(handle))
            .Select(type => $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}")
            .ToList();
    }
}
