using System.Collections.Generic;
using System.Linq;

namespace KmsGuardrails.Rules.Lifecycle;

/// <summary>
/// The states a key may be in. A frontend that does not know a key's state starts from
/// <see cref="Unknown"/>; every operation maps each possible state, so what is known stays known
/// and nothing is guessed.
/// </summary>
public readonly struct KeyStateSet : System.IEquatable<KeyStateSet>
{
    private const int AllBits = (1 << ((int)KeyState.Deleted + 1)) - 1;

    private readonly int bits;

    private KeyStateSet(int bits) => this.bits = bits;

    public static KeyStateSet Empty => default;

    /// <summary>Any state, including that the key no longer exists.</summary>
    public static KeyStateSet Unknown => new(AllBits);

    /// <summary>PendingDeletion or PendingReplicaDeletion: the states the key-state table treats alike.</summary>
    public static KeyStateSet PendingAnyDeletion => Of(KeyState.PendingDeletion, KeyState.PendingReplicaDeletion);

    public static KeyStateSet Of(params KeyState[] states) =>
        new(states.Aggregate(0, (acc, state) => acc | Bit(state)));

    public bool IsEmpty => bits == 0;

    public bool IsUnknown => bits == AllBits;

    /// <summary>The only possible state, or null when there are several or none.</summary>
    public KeyState? Single => States.Count() == 1 ? States.First() : null;

    public IEnumerable<KeyState> States
    {
        get
        {
            for (var state = KeyState.Creating; state <= KeyState.Deleted; state++)
            {
                if (Contains(state))
                {
                    yield return state;
                }
            }
        }
    }

    public bool Contains(KeyState state) => (bits & Bit(state)) != 0;

    /// <summary>True when the set is not empty and every state in it is in <paramref name="other"/>.</summary>
    public bool IsWithin(KeyStateSet other) => bits != 0 && (bits & ~other.bits) == 0;

    public KeyStateSet Union(KeyStateSet other) => new(bits | other.bits);

    public bool Equals(KeyStateSet other) => bits == other.bits;

    public override bool Equals(object? obj) => obj is KeyStateSet other && Equals(other);

    public override int GetHashCode() => bits;

    public override string ToString() =>
        IsUnknown ? "Unknown" : IsEmpty ? "None" : string.Join("|", States);

    public static bool operator ==(KeyStateSet left, KeyStateSet right) => left.Equals(right);

    public static bool operator !=(KeyStateSet left, KeyStateSet right) => !left.Equals(right);

    public static implicit operator KeyStateSet(KeyState state) => Of(state);

    private static int Bit(KeyState state) => 1 << (int)state;
}
