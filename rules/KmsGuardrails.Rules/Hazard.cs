using System.Collections.Generic;
using KmsGuardrails.Rules.Catalog;

namespace KmsGuardrails.Rules;

/// <summary>
/// A rule that the lifecycle simulator or the key-policy evaluator found to apply. Frontends turn a
/// hazard into a diagnostic or a finding at the location of the code or template element that
/// caused it.
/// </summary>
public sealed class Hazard
{
    public Hazard(
        RuleDescriptor rule,
        IReadOnlyList<string> arguments,
        string evidence,
        string? subject = null,
        SourcePosition? position = null,
        HazardCause cause = HazardCause.Operation,
        RuleSeverity? severity = null)
    {
        Rule = rule;
        Arguments = arguments;
        Evidence = evidence;
        Subject = subject;
        Position = position;
        Cause = cause;
        Severity = severity;
    }

    public RuleDescriptor Rule { get; }

    /// <summary>Values for the message placeholders after <c>{0}</c>.</summary>
    public IReadOnlyList<string> Arguments { get; }

    /// <summary>The facts and operations that led to the hazard, in words, for reports.</summary>
    public string Evidence { get; }

    /// <summary>
    /// The subject the message names when it is not the key the frontend is looking at (a key store
    /// for KMS006, for example); null means the frontend's own name for the key or policy.
    /// </summary>
    public string? Subject { get; }

    /// <summary>Where in the analysed document the hazard points, when the model knows (policy statements).</summary>
    public SourcePosition? Position { get; }

    /// <summary>The part of the input the hazard comes from, for frontends that point at it.</summary>
    public HazardCause Cause { get; }

    /// <summary>
    /// The severity of this occurrence when it differs from the rule's default (KMS017 is a note
    /// where keys are declared and a warning where a change deletes one); null for the default.
    /// </summary>
    public RuleSeverity? Severity { get; }

    /// <summary>The message for this hazard, naming <paramref name="subjectName"/> unless <see cref="Subject"/> overrides it.</summary>
    public string FormatMessage(string subjectName)
    {
        var arguments = new string[Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Arguments[i];
        }

        return Rule.FormatMessage(Subject ?? subjectName, arguments);
    }

    public override string ToString() => Rule.Id + ": " + FormatMessage("key");
}
