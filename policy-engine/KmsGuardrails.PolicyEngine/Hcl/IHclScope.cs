using KmsGuardrails.PolicyEngine.Hcl.Syntax;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.Hcl;

/// <summary>What an expression's names refer to: Terraform's <c>var</c>, <c>local</c> and <c>path</c> objects and the module's files.</summary>
internal interface IHclScope
{
    /// <summary>The value of <c>var.name</c>, or a <see cref="DocUnknown"/>.</summary>
    DocNode Variable(string name, HclSpan reference);

    /// <summary>The value of <c>local.name</c>, or a <see cref="DocUnknown"/>.</summary>
    DocNode Local(string name, HclSpan reference);

    /// <summary><c>path.module</c>, <c>path.root</c>, <c>path.cwd</c>; null when not known.</summary>
    string? Path(string name);

    /// <summary>The text of a file named relative to the module, as <c>file()</c> reads it; null when it cannot be read.</summary>
    string? ReadFile(string path);
}
