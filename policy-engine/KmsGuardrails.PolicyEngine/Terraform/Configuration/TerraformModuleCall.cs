using System.Collections.Generic;
using KmsGuardrails.Rules;

namespace KmsGuardrails.PolicyEngine.Terraform.Configuration;

/// <summary><c>module "name" { source = "./modules/kms", … }</c>: the arguments flow into the module's variables.</summary>
internal sealed record TerraformModuleCall(
    string File,
    string Name,
    SourcePosition Position,
    TerraformValueSyntax? Source,
    IReadOnlyDictionary<string, TerraformValueSyntax> Arguments);
