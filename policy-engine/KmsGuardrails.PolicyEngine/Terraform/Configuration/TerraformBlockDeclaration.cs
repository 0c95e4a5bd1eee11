using System.Collections.Generic;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.Rules;

namespace KmsGuardrails.PolicyEngine.Terraform.Configuration;

/// <summary>A <c>resource</c> or <c>data</c> block: type, name, where its name is written, its body and its suppressions.</summary>
internal sealed record TerraformBlockDeclaration(
    string File,
    string Type,
    string Name,
    SourcePosition Position,
    TerraformBodySyntax Body,
    IReadOnlyList<Suppression> Suppressions);
