using System.Collections.Generic;
using KmsGuardrails.Rules;

namespace KmsGuardrails.Hcl.Syntax;

/// <summary><c>type "label" … { body }</c>, with the lines it spans (for comments inside it).</summary>
public sealed record HclBlock(string Type, SourcePosition Position, IReadOnlyList<HclLabel> Labels, HclBody Body, int EndLine);
