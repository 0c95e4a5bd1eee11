using System.Collections.Generic;
using System.Linq;

namespace KmsGuardrails.Rules.Documents;

/// <summary>Helpers over document trees.</summary>
public static class DocNodes
{
    /// <summary>A copy of <paramref name="node"/> with every position at <paramref name="position"/>: a value used away from where it is written.</summary>
    public static DocNode Relocated(DocNode node, SourcePosition position) => node switch
    {
        DocScalar scalar => new DocScalar(position, scalar.Tag, scalar.Text, scalar.IsQuoted),
        DocList list => new DocList(position, list.Tag, list.Items.Select(i => Relocated(i, position)).ToList()),
        DocMap map => new DocMap(position, map.Tag, map.Members.Select(m => new DocMember(m.Key, position, Relocated(m.Value, position))).ToList()),
        DocUnknown unknown => new DocUnknown(position, unknown.Expression, unknown.IsError),
        _ => node,
    };

    /// <summary>
    /// Whether a tree has more than <paramref name="limit"/> nodes, counting shared subtrees each
    /// time they occur (values built from references may share them), in at most that many steps.
    /// </summary>
    public static bool IsLargerThan(DocNode node, long limit)
    {
        var remaining = limit;
        var pending = new Stack<DocNode>();
        pending.Push(node);
        while (pending.Count > 0)
        {
            if (--remaining < 0)
            {
                return true;
            }

            switch (pending.Pop())
            {
                case DocList list:
                    foreach (var item in list.Items)
                    {
                        pending.Push(item);
                    }

                    break;
                case DocMap map:
                    foreach (var member in map.Members)
                    {
                        pending.Push(member.Value);
                    }

                    break;
            }
        }

        return false;
    }

    /// <summary>Whether a value is known all the way down.</summary>
    public static bool IsKnown(DocNode node) => node switch
    {
        DocUnknown => false,
        DocList list => list.Items.All(IsKnown),
        DocMap map => map.Members.All(m => IsKnown(m.Value)),
        _ => true,
    };
}
