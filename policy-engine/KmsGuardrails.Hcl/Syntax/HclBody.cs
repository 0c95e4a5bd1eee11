using System.Collections.Generic;
using System.Linq;

namespace KmsGuardrails.Hcl.Syntax;

/// <summary>The attributes and nested blocks of a file or block, in source order.</summary>
public sealed record HclBody(IReadOnlyList<HclAttribute> Attributes, IReadOnlyList<HclBlock> Blocks)
{
    public HclAttribute? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name);

    public IEnumerable<HclBlock> BlocksOf(string type) => Blocks.Where(b => b.Type == type);
}
