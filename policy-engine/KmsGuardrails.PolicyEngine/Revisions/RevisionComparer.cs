using System;
using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Documents;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.PolicyEngine.Revisions;

/// <summary>
/// Compares the keys of one file at a base revision with the same file at the head: a key whose
/// resource is gone, or renamed (a new logical id or address is a new key), is removed when the
/// change is deployed; a changed replacement-forcing argument replaces it. A Terraform
/// <c>moved</c> block keeps the address. Each change carries whether the deployment tool keeps
/// the key through it (a CloudFormation key removed with DeletionPolicy Retain, or replaced under
/// a Retain policy; a Terraform key whose <c>prevent_destroy</c> makes the replacement fail); the
/// lifecycle model decides what that means (KMS015).
/// </summary>
internal static class RevisionComparer
{
    private static readonly SourcePosition FileStart = new(1, 1);

    /// <param name="before">The file at the base revision; null when it did not exist.</param>
    /// <param name="after">The file at the head; null when the change deletes it.</param>
    /// <param name="baseLabel">How the base revision is named in messages, for example a commit.</param>
    /// <param name="removalHonoursRetention">
    /// True for CloudFormation, where removing a resource applies its last DeletionPolicy; false for
    /// Terraform, where prevent_destroy does not protect a resource whose block is removed.
    /// </param>
    public static IReadOnlyList<KeyChange> Compare(Revision? before, Revision? after, string baseLabel, bool removalHonoursRetention)
    {
        if (before is null)
        {
            return Array.Empty<KeyChange>();
        }

        var headKeys = after?.Model.Keys.GroupBy(k => k.Address, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)
            ?? new Dictionary<string, KeyDeclaration>(StringComparer.Ordinal);
        var baseAddresses = new HashSet<string>(before.Model.Keys.Select(k => k.Address), StringComparer.Ordinal);
        var moves = after?.Model.Moves.GroupBy(m => m.From, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().To, StringComparer.Ordinal)
            ?? new Dictionary<string, string>(StringComparer.Ordinal);
        var added = headKeys.Values.Where(k => !baseAddresses.Contains(k.Address) && !moves.ContainsValue(k.Address)).ToList();

        var changes = new List<KeyChange>();
        foreach (var old in before.Model.Keys)
        {
            var address = moves.TryGetValue(old.Address, out var movedTo) ? movedTo : old.Address;
            if (headKeys.TryGetValue(address, out var current))
            {
                changes.AddRange(Replacements(old, current, baseLabel).Select(change => change with { EnabledBefore = Enabled(old) }));
            }
            else
            {
                changes.Add(Removal(old, after, added, baseLabel) with { Retained = removalHonoursRetention ? old.Retention.Retained : TriState.False, EnabledBefore = Enabled(old) });
            }
        }

        return changes;
    }

    private static KeyChange Removal(KeyDeclaration old, Revision? after, List<KeyDeclaration> added, string baseLabel)
    {
        var window = KnownWindow(old);
        if (after is null)
        {
            return Change(old, old.File, old.Position, $"its file is deleted in this change (it was declared here at {baseLabel})", isReplacement: false, window);
        }

        // One new key of the same type where one disappeared: most likely a rename, reported on the new name.
        var renamed = added.Where(k => k.ResourceType == old.ResourceType).ToList();
        if (renamed.Count == 1)
        {
            var successor = renamed[0];
            added.Remove(successor);
            return Change(old, after.File, successor.Position, $"it is renamed to '{successor.Address}' in this change, which creates a new key and deletes this one", isReplacement: true, window);
        }

        return Change(old, after.File, FileStart, $"its resource is removed in this change (it was declared at line {old.Position.Line} at {baseLabel})", isReplacement: false, window);
    }

    private static IEnumerable<KeyChange> Replacements(KeyDeclaration old, KeyDeclaration current, string baseLabel)
    {
        var previous = old.ReplacementInputs.ToDictionary(i => i.Argument.Name, StringComparer.Ordinal);
        foreach (var input in current.ReplacementInputs)
        {
            if (!previous.TryGetValue(input.Argument.Name, out var was))
            {
                continue;
            }

            var (from, to) = (Effective(was), Effective(input));
            if (from is null || to is null || from == to)
            {
                continue; // Equal, or a computed argument added or removed, which keeps the current value.
            }

            yield return Change(current, current.File, input.Position, $"its {input.Argument.Name} changes from {from} at {baseLabel} to {to}, which replaces the key", isReplacement: true, KnownWindow(old))
                with { Retained = current.Retention.Retained };
        }
    }

    /// <summary>The value an argument has, as comparable text: as written, else its default; null when omitted and computed.</summary>
    private static string? Effective(ReplacementInput input) => input.Value switch
    {
        DocScalar { Tag: null, Text: { } text } => Quote(text),
        { } value => DocNodeText.Canonical(value),
        null when input.Argument.Default is { } fallback => Quote(fallback),
        null when input.Argument.Computed => null,
        _ => "(not set)",
    };

    private static string Quote(string text) => "'" + text + "'";

    private static int? KnownWindow(KeyDeclaration key) =>
        key.PendingWindowInDays is [{ Scalar: { } scalar }] ? scalar.AsInt32() : null;

    /// <summary>Whether the key is enabled in the revision: omitted means enabled, as in the API and both tools.</summary>
    private static TriState Enabled(KeyDeclaration key)
    {
        if (key.Enabled is null || key.Enabled.Count == 0)
        {
            return TriState.True;
        }

        var values = key.Enabled.Select(a => a.Scalar?.AsBoolean()).Distinct().ToList();
        return values is [true] ? TriState.True : values is [false] ? TriState.False : TriState.Unknown;
    }

    private static KeyChange Change(KeyDeclaration key, string file, SourcePosition position, string description, bool isReplacement, int? window) => new()
    {
        File = file,
        Address = key.Address,
        ResourceType = key.ResourceType,
        Position = position,
        Description = description,
        IsReplacement = isReplacement,
        PendingWindowInDays = window,
        Suppressions = key.Suppressions,
    };
}
