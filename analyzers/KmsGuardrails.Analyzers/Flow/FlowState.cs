using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace KmsGuardrails.Analyzers.Flow;

/// <summary>
/// The dataflow fact at one point of a method: the known keys, and the locals that designate one
/// of them (a key id copied from a response, a response, its metadata). A key not in the map is
/// unknown, so a join keeps only what both paths know.
/// </summary>
internal sealed class FlowState
{
    public static readonly FlowState Empty = new(
        ImmutableDictionary<KeyIdentity, KeySnapshot>.Empty,
        ImmutableDictionary.Create<ILocalSymbol, KeyIdentity>(SymbolEqualityComparer.Default));

    private FlowState(ImmutableDictionary<KeyIdentity, KeySnapshot> keys, ImmutableDictionary<ILocalSymbol, KeyIdentity> aliases)
    {
        Keys = keys;
        Aliases = aliases;
    }

    public ImmutableDictionary<KeyIdentity, KeySnapshot> Keys { get; }

    public ImmutableDictionary<ILocalSymbol, KeyIdentity> Aliases { get; }

    public KeySnapshot this[KeyIdentity key] => Keys.TryGetValue(key, out var snapshot) ? snapshot : KeySnapshot.Unknown;

    public FlowState With(KeyIdentity key, KeySnapshot snapshot) => new(Keys.SetItem(key, snapshot), Aliases);

    public FlowState Forget(KeyIdentity key) => new(Keys.Remove(key), Aliases);

    public FlowState ForgetMembers() => new(Keys.RemoveRange(Keys.Keys.Where(key => key.IsMember)), Aliases);

    /// <summary>A local gets a new value: what it designated before no longer applies.</summary>
    public FlowState Assign(ILocalSymbol local, KeyIdentity? designates)
    {
        if (designates is null && !Aliases.ContainsKey(local) && !Keys.ContainsKey(KeyIdentity.Of(local)))
        {
            return this; // Most locals never designate a key: nothing to forget.
        }

        var keys = Keys.Remove(KeyIdentity.Of(local));
        var aliases = designates is null ? Aliases.Remove(local) : Aliases.SetItem(local, designates);
        return new FlowState(keys, aliases);
    }

    public FlowState Join(FlowState other)
    {
        var keys = ImmutableDictionary.CreateBuilder<KeyIdentity, KeySnapshot>();
        foreach (var pair in Keys)
        {
            if (other.Keys.TryGetValue(pair.Key, out var snapshot))
            {
                keys[pair.Key] = pair.Value.Join(snapshot);
            }
        }

        var aliases = ImmutableDictionary.CreateBuilder<ILocalSymbol, KeyIdentity>(SymbolEqualityComparer.Default);
        foreach (var pair in Aliases)
        {
            if (other.Aliases.TryGetValue(pair.Key, out var identity) && identity.Equals(pair.Value))
            {
                aliases[pair.Key] = identity;
            }
        }

        return new FlowState(keys.ToImmutable(), aliases.ToImmutable());
    }

    public bool IsSameAs(FlowState other) =>
        Keys.Count == other.Keys.Count
        && Aliases.Count == other.Aliases.Count
        && Keys.All(pair => other.Keys.TryGetValue(pair.Key, out var snapshot) && snapshot.Equals(pair.Value))
        && Aliases.All(pair => other.Aliases.TryGetValue(pair.Key, out var identity) && identity.Equals(pair.Value));

    public IEnumerable<KeyValuePair<KeyIdentity, KeySnapshot>> KeysInStore(string storeName) =>
        Keys.Where(pair => pair.Value.Facts.CustomKeyStoreId == storeName);
}
