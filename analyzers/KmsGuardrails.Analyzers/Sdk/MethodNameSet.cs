using System;
using System.Collections.Generic;

namespace KmsGuardrails.Analyzers.Sdk;

/// <summary>
/// The client method names an analyzer looks for: searched for in each file's text
/// (<see cref="Infrastructure.NamedOperations"/>), then checked on each call found and on each call a
/// flow analysis passes. A hash set, which answers several times faster than ImmutableHashSet's
/// balanced tree and is safe to read from concurrent analyses, since nothing writes to it after construction.
/// </summary>
internal sealed class MethodNameSet
{
    private readonly HashSet<string> names;

    public MethodNameSet(IEnumerable<string> names) => this.names = new HashSet<string>(names, StringComparer.Ordinal);

    public IEnumerable<string> Names => names;

    public bool Contains(string name) => names.Contains(name);
}
