using System.Collections.Generic;

namespace KmsGuardrails.Hcl.Syntax;

/// <summary>A parsed <c>.tf</c> or <c>.tfvars</c> file: its body and its comments.</summary>
public sealed record HclFile(string Path, HclBody Body, IReadOnlyList<HclComment> Comments);
