using System.Collections;
using System.Collections.Generic;

namespace KmsGuardrails.Bench.Corpus;

/// <summary>
/// A mapping that keeps its keys in insertion order, so generated documents read the way people
/// write them (Parameters before Resources, Type before Properties). Values are strings, numbers,
/// booleans, <see cref="OrderedMap"/>, <see cref="List{T}"/> of values, or <see cref="Intrinsic"/>.
/// </summary>
internal sealed class OrderedMap : IEnumerable<KeyValuePair<string, object>>
{
    private readonly List<KeyValuePair<string, object>> entries = new();

    public int Count => entries.Count;

    public void Add(string key, object value) => entries.Add(new KeyValuePair<string, object>(key, value));

    /// <summary>The mapping under <paramref name="key"/>, added empty the first time it is asked for.</summary>
    public OrderedMap Child(string key)
    {
        foreach (var (existing, value) in entries)
        {
            if (existing == key && value is OrderedMap child)
            {
                return child;
            }
        }

        var added = new OrderedMap();
        Add(key, added);
        return added;
    }

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
