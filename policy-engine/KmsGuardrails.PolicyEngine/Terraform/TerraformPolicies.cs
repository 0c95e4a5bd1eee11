using System.Collections.Generic;
using System.Text.RegularExpressions;
using KmsGuardrails.Hcl;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.Terraform;

/// <summary>
/// Reads the evaluated <c>policy</c> argument of a KMS resource: JSON text (a literal, a heredoc,
/// <c>file()</c>, a variable), a <c>jsonencode({...})</c> tree (each statement keeps its position,
/// unknown parts stay unknown), or a reference to a <c>data "aws_iam_policy_document"</c> of the
/// same module, translated statement by statement. Anything else is unknown.
/// </summary>
internal sealed class TerraformPolicies
{
    private static readonly Regex DocumentReference = new(@"^data\.aws_iam_policy_document\.(?<name>[A-Za-z_][\w-]*)\.(?:json|minified_json)$", RegexOptions.Compiled);

    private readonly IReadOnlyDictionary<string, System.Lazy<DocMap>> documents;

    public TerraformPolicies(IReadOnlyDictionary<string, System.Lazy<DocMap>> documents) => this.documents = documents;

    public IReadOnlyList<PolicySource> Read(DocNode? policy) => policy switch
    {
        DocUnknown { Expression: var expression } when DocumentReference.Match(expression.Replace(" ", string.Empty)) is { Success: true } reference =>
            documents.TryGetValue(reference.Groups["name"].Value, out var document)
                ? new[] { PolicySource.FromDocument(IamPolicyDocuments.From(document.Value), new string[0]) }
                : new PolicySource[0],
        DocScalar { IsQuoted: true, Text: { } json } => new[] { PolicySource.FromJson(json, policy.Position, new string[0]) },
        DocMap { Tag: HclFunctions.JsonEncoded } or DocList { Tag: HclFunctions.JsonEncoded } => new[] { PolicySource.FromDocument(policy, new string[0]) },
        _ => new PolicySource[0],
    };
}
