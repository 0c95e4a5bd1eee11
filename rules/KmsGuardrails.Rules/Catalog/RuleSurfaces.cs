using System;

namespace KmsGuardrails.Rules.Catalog;

/// <summary>Where a rule can be observed.</summary>
[Flags]
public enum RuleSurfaces
{
    None = 0,

    /// <summary>C# code calling AWSSDK.KeyManagementService (Roslyn analyzers).</summary>
    CSharp = 1,

    /// <summary>Infrastructure templates: CloudFormation, Terraform configuration and plans.</summary>
    Infrastructure = 2,

    /// <summary>Key-policy documents, standalone or embedded in code or templates.</summary>
    KeyPolicy = 4,
}
