using System;
using System.Collections.Generic;

namespace KmsGuardrails.Analyzers.Sdk;

/// <summary>
/// Method names looked up on every invocation of a compilation, by every analyzer: a hash set,
/// which answers several times faster than ImmutableHashSet's balanced tree and is safe to read
/// from concurrent callbacks, since nothing writes to it after construction.
/// </summary>
internal sealed class MethodNameSet
{
    private readonly HashSet<string> names;

    public MethodNameSet(IEnumerable<string> names) => this.names = new HashSet<string>(names, StringComparer.Ordinal);

    public IEnumerable<string> Names => names;

    public bool Contains(string name) => names.Contains(name);
}
