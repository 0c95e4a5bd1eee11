using System.Collections.Generic;

namespace KmsGuardrails.PolicyEngine.Scanning;

/// <summary>The results of the Terraform modules of a scan (one per root module), and the module calls that were not followed.</summary>
public sealed record TerraformScan(IReadOnlyList<ScanResult> Results, IReadOnlyList<RemoteModuleCall> RemoteModules);
