using System.Collections.Generic;
using System.Text.RegularExpressions;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.PolicyEngine.Policies;
using KmsGuardrails.Rules.Policy.Json;

namespace KmsGuardrails.PolicyEngine.Terraform;

/// <summary>
/// Reads the <c>policy</c> argument of a KMS resource in Terraform JSON: literal JSON (with
/// Terraform's <c>$${</c> escape for IAM policy variables), a variable or local holding it, or a
/// reference to a <c>data "aws_iam_policy_document"</c> of the same configuration, translated
/// statement by statement. Other expressions (<c>jsonencode</c>, <c>file</c>) are unknown here.
/// </summary>
internal sealed class TerraformPolicies
{
    private static readonly Regex DocumentReference = new(@"^\$\{\s*data\.aws_iam_policy_document\.(?<name>[A-Za-z_][\w-]*)\.(?:json|minified_json)\s*\}$", RegexOptions.Compiled);

    private readonly TerraformValueResolver resolver;
    private readonly IReadOnlyDictionary<string, DocMap> documents;

    public TerraformPolicies(TerraformValueResolver resolver, IReadOnlyDictionary<string, DocMap> documents)
    {
        this.resolver = resolver;
        this.documents = documents;
    }

    public IReadOnlyList<PolicySource> Read(DocNode? argument)
    {
        if (argument is DocScalar { Text: { } text } && DocumentReference.Match(text) is { Success: true } reference)
        {
            return documents.TryGetValue(reference.Groups["name"].Value, out var document)
                ? new[] { PolicySource.FromDocument(IamPolicyDocuments.From(document, Expression), new string[0]) }
                : new PolicySource[0];
        }

        if (argument is not null && resolver.Resolve(argument)[0] is { Value: DocScalar { Text: { } json } } value && !Interpolations.HasAny(json))
        {
            return new[] { PolicySource.FromJson(Interpolations.Unescape(json), value.Location.Position, value.Conditions) };
        }

        return new PolicySource[0];
    }

    /// <summary>Interpolated strings inside a policy document: variables and locals, else unknown.</summary>
    private PolicyValue? Expression(DocNode node)
    {
        if (node is not DocScalar { Text: { } text } || !Interpolations.HasAny(text))
        {
            return node is DocScalar { Text: { } literal } ? new PolicyString(node.Position, Interpolations.Unescape(literal)) : null;
        }

        return resolver.Resolve(node)[0].Value is DocScalar { Text: { } resolved } && !Interpolations.HasAny(resolved)
            ? new PolicyString(node.Position, Interpolations.Unescape(resolved))
            : new PolicyUnknown(node.Position, text);
    }
}
