using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace KmsGuardrails.Analyzers.Flow;

/// <summary>
/// The dataflow fact at one point of a method: the known keys, and the locals that designate one
/// of them (a key id copied from a response, a response, its metadata). A key not in the map is
/// unknown, so a join keeps only what both paths know.
/// </summary>
/// <remarks>
/// A method knows a handful of keys at most, so both maps are small arrays searched in order:
/// copying a few entries on each change costs far less than a hashed immutable map, whose lookups
/// hash symbols and whose updates rebuild a tree (it was most of the analysis time).
/// </remarks>
internal sealed class FlowState
{
    public static readonly FlowState Empty = new(Array.Empty<KeyValuePair<KeyIdentity, KeySnapshot>>(), Array.Empty<KeyValuePair<ILocalSymbol, KeyIdentity>>());

    private readonly KeyValuePair<KeyIdentity, KeySnapshot>[] keys;
    private readonly KeyValuePair<ILocalSymbol, KeyIdentity>[] aliases;

    private FlowState(KeyValuePair<KeyIdentity, KeySnapshot>[] keys, KeyValuePair<ILocalSymbol, KeyIdentity>[] aliases)
    {
        this.keys = keys;
        this.aliases = aliases;
    }

    /// <summary>Nothing known: no key, no local designating one. Most of a method runs in this state, where nothing can be forgotten.</summary>
    public bool IsEmpty => keys.Length == 0 && aliases.Length == 0;

    public KeySnapshot this[KeyIdentity key] => IndexOf(keys, key, KeyComparer) is var at and >= 0 ? keys[at].Value : KeySnapshot.Unknown;

    private static IEqualityComparer<KeyIdentity> KeyComparer => EqualityComparer<KeyIdentity>.Default;

    private static IEqualityComparer<ILocalSymbol> LocalComparer => SymbolEqualityComparer.Default;

    /// <summary>The key <paramref name="local"/> designates, when it was assigned one.</summary>
    public bool TryGetAlias(ILocalSymbol local, out KeyIdentity identity)
    {
        var at = IndexOf(aliases, local, LocalComparer);
        identity = at >= 0 ? aliases[at].Value : null!;
        return at >= 0;
    }

    public FlowState With(KeyIdentity key, KeySnapshot snapshot) => new(Set(keys, key, snapshot, KeyComparer), aliases);

    public FlowState Forget(KeyIdentity key) => IndexOf(keys, key, KeyComparer) is var at and >= 0 ? new(RemoveAt(keys, at), aliases) : this;

    public FlowState ForgetMembers() =>
        keys.Any(pair => pair.Key.IsMember) ? new(keys.Where(pair => !pair.Key.IsMember).ToArray(), aliases) : this;

    /// <summary>A local gets a new value: what it designated before no longer applies.</summary>
    public FlowState Assign(ILocalSymbol local, KeyIdentity? designates)
    {
        if (designates is null && IsEmpty)
        {
            return this;
        }

        var held = Array.FindIndex(keys, pair => SymbolEqualityComparer.Default.Equals(pair.Key.Symbol, local));
        var aliased = IndexOf(aliases, local, LocalComparer);
        if (designates is null && held < 0 && aliased < 0)
        {
            return this; // Most locals never designate a key: nothing to forget.
        }

        var newKeys = held < 0 ? keys : RemoveAt(keys, held);
        var newAliases = designates is not null ? Set(aliases, local, designates, LocalComparer) : aliased < 0 ? aliases : RemoveAt(aliases, aliased);
        return new FlowState(newKeys, newAliases);
    }

    public FlowState Join(FlowState other)
    {
        var joinedKeys = new List<KeyValuePair<KeyIdentity, KeySnapshot>>(keys.Length);
        foreach (var pair in keys)
        {
            if (IndexOf(other.keys, pair.Key, KeyComparer) is var at and >= 0)
            {
                joinedKeys.Add(new(pair.Key, pair.Value.Join(other.keys[at].Value)));
            }
        }

        var joinedAliases = aliases.Where(pair => other.TryGetAlias(pair.Key, out var identity) && identity.Equals(pair.Value)).ToArray();
        return new FlowState(joinedKeys.ToArray(), joinedAliases);
    }

    public bool IsSameAs(FlowState other) =>
        keys.Length == other.keys.Length
        && aliases.Length == other.aliases.Length
        && keys.All(pair => IndexOf(other.keys, pair.Key, KeyComparer) is var at and >= 0 && other.keys[at].Value.Equals(pair.Value))
        && aliases.All(pair => other.TryGetAlias(pair.Key, out var identity) && identity.Equals(pair.Value));

    public IEnumerable<KeyValuePair<KeyIdentity, KeySnapshot>> KeysInStore(string storeName) =>
        keys.Where(pair => pair.Value.Facts.CustomKeyStoreId == storeName);

    private static int IndexOf<TKey, TValue>(KeyValuePair<TKey, TValue>[] pairs, TKey key, IEqualityComparer<TKey> comparer)
    {
        for (var i = 0; i < pairs.Length; i++)
        {
            if (comparer.Equals(pairs[i].Key, key))
            {
                return i;
            }
        }

        return -1;
    }

    private static KeyValuePair<TKey, TValue>[] Set<TKey, TValue>(KeyValuePair<TKey, TValue>[] pairs, TKey key, TValue value, IEqualityComparer<TKey> comparer)
    {
        var at = IndexOf(pairs, key, comparer);
        var copy = new KeyValuePair<TKey, TValue>[at >= 0 ? pairs.Length : pairs.Length + 1];
        Array.Copy(pairs, copy, pairs.Length);
        copy[at >= 0 ? at : pairs.Length] = new(key, value);
        return copy;
    }

    private static KeyValuePair<TKey, TValue>[] RemoveAt<TKey, TValue>(KeyValuePair<TKey, TValue>[] pairs, int at)
    {
        var copy = new KeyValuePair<TKey, TValue>[pairs.Length - 1];
        Array.Copy(pairs, 0, copy, 0, at);
        Array.Copy(pairs, at + 1, copy, at, pairs.Length - at - 1);
        return copy;
    }
}
