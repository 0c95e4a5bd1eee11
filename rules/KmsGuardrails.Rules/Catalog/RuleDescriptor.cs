using System;
using System.Globalization;

namespace KmsGuardrails.Rules.Catalog;

/// <summary>
/// Everything that identifies one rule. Instances exist only in <see cref="RuleCatalog"/>; the
/// analyzers and the policy engine derive their descriptors, help links and messages from them.
/// </summary>
public sealed class RuleDescriptor
{
    internal RuleDescriptor(
        string id,
        string title,
        string messageFormat,
        string description,
        string category,
        RuleSeverity defaultSeverity,
        RuleSurfaces surfaces)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Description = description;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Surfaces = surfaces;
        HelpLink = RuleCatalog.DocsBaseUrl + id + ".md";
    }

    /// <summary>Stable id, for example <c>KMS001</c>. Never reused once shipped.</summary>
    public string Id { get; }

    /// <summary>Short title: what is wrong, in one line.</summary>
    public string Title { get; }

    /// <summary>
    /// Composite format string for the message. <c>{0}</c> is always the subject the finding is
    /// about (a key, a key store or a key policy), named by the frontend that found it; the
    /// remaining placeholders are filled from <see cref="Hazard.Arguments"/>.
    /// </summary>
    public string MessageFormat { get; }

    /// <summary>One paragraph on why the rule exists (SARIF fullDescription, analyzer description).</summary>
    public string Description { get; }

    /// <summary>Roslyn-style category: Reliability, Security, or Configuration (KMS000).</summary>
    public string Category { get; }

    public RuleSeverity DefaultSeverity { get; }

    public RuleSurfaces Surfaces { get; }

    /// <summary>The rule's documentation page.</summary>
    public string HelpLink { get; }

    public bool Covers(RuleSurfaces surface) => (Surfaces & surface) == surface;

    /// <summary>Formats the message for <paramref name="subject"/> with the hazard's arguments.</summary>
    public string FormatMessage(string subject, params string[] arguments)
    {
        var all = new object[arguments.Length + 1];
        all[0] = subject;
        Array.Copy(arguments, 0, all, 1, arguments.Length);
        return string.Format(CultureInfo.InvariantCulture, MessageFormat, all);
    }

    public override string ToString() => Id + ": " + Title;
}
