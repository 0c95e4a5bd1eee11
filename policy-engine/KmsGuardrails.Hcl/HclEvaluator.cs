using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using KmsGuardrails.Hcl.Syntax;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.Hcl;

/// <summary>
/// Evaluates HCL expressions, and Terraform JSON values (whose strings are templates), into
/// document nodes: literals keep the position they are written at, computed values take the
/// position of their expression, and what needs a plan (resource attributes, unset variables,
/// functions we do not model) becomes a <see cref="DocUnknown"/> holding its expression. Never a
/// guess: a value is known only when every part of it is.
/// </summary>
public sealed class HclEvaluator
{
    /// <summary>The binding a splat's traversal reads each element from.</summary>
    private const string SplatItem = "[*]";

    /// <summary>Longer than any setting or policy document (a key policy is at most 32 KB); a template that would build more is unknown (<c>"${local.s}${local.s}"</c> doubles).</summary>
    internal const int MaximumStringLength = 1 << 20;

    private readonly IHclScope scope;
    private readonly DocumentLimits limits;
    private long budget;

    public HclEvaluator(IHclScope scope, DocumentLimits limits)
    {
        this.scope = scope;
        this.limits = limits;
        budget = limits.MaximumExpandedNodes;
    }

    internal IHclScope Scope => scope;

    internal DocumentLimits Limits => limits;

    public DocNode Evaluate(HclExpression expression) => Evaluate(expression, HclBindings.Empty);

    /// <summary>A Terraform JSON value: strings are templates (<c>"${var.x}"</c>), objects and arrays are evaluated member by member.</summary>
    public DocNode EvaluateJson(DocNode node) => node switch
    {
        DocScalar { IsQuoted: true, Text: { } text } when text.Contains("{") =>
            HclParser.ParseTemplate(text, node.Position, limits.MaximumDepth) is { } template ? Evaluate(template) : new DocUnknown(node.Position, text),
        DocMap map => new DocMap(map.Position, map.Tag, map.Members.Select(m => m with { Value = EvaluateJson(m.Value) }).ToList()),
        DocList list => new DocList(list.Position, list.Tag, list.Items.Select(EvaluateJson).ToList()),
        _ => node,
    };

    internal DocNode Evaluate(HclExpression expression, HclBindings bindings)
    {
        if (--budget < 0)
        {
            return Unknown(expression);
        }

        return expression switch
        {
            HclLiteral literal => Literal(literal),
            HclTemplate template => Template(template, bindings),
            HclTemplateIf conditional => Bool(Evaluate(conditional.Condition, bindings)) is { } test
                ? (test ? Template(conditional.Then, bindings) : conditional.Else is { } otherwise ? Template(otherwise, bindings) : String(expression, string.Empty))
                : Unknown(expression),
            HclTemplateFor loop => TemplateFor(loop, bindings),
            HclVariable variable => bindings[variable.Name] ?? Unknown(expression),
            HclSplatItem => bindings[SplatItem] ?? Unknown(expression),
            HclGetAttribute access => GetAttribute(access, bindings),
            HclIndex index => Index(Evaluate(index.Source, bindings), Evaluate(index.Key, bindings), index),
            HclSplat splat => Splat(splat, bindings),
            HclFunctionCall call => HclFunctions.Call(this, call, bindings),
            HclTuple tuple => new DocList(tuple.Position, null, tuple.Items.Select(i => Evaluate(i, bindings)).ToList()),
            HclObject obj => Object(obj, bindings),
            HclConditional conditional => Bool(Evaluate(conditional.Condition, bindings)) is { } condition
                ? Evaluate(condition ? conditional.WhenTrue : conditional.WhenFalse, bindings)
                : Unknown(expression),
            HclUnary unary => Unary(unary, Evaluate(unary.Operand, bindings)),
            HclBinary binary => Binary(binary, bindings),
            HclFor loop => For(loop, bindings),
            _ => Unknown(expression),
        };
    }

    internal static DocUnknown Unknown(HclExpression expression, bool isError = false) => new(expression.Position, expression.Span.Text, isError);

    /// <summary>
    /// The value, or unknown when it expands to more nodes than the limit: values that repeat
    /// references (<c>[local.a, local.a]</c>, nested) can grow exponentially, like YAML alias bombs.
    /// </summary>
    public DocNode Bounded(DocNode value, SourcePosition position, string expression) =>
        DocNodes.IsLargerThan(value, limits.MaximumExpandedNodes) ? new DocUnknown(position, expression) : value;

    internal static DocScalar String(HclExpression at, string text) => new(at.Position, null, text, isQuoted: true);

    internal static DocScalar Number(HclExpression at, decimal value) =>
        new(at.Position, null, value.ToString("G29", CultureInfo.InvariantCulture), isQuoted: false);

    internal static DocScalar Boolean(HclExpression at, bool value) => new(at.Position, null, value ? "true" : "false", isQuoted: false);

    /// <summary>The text a value has inside a template; null for values that have none (null, collections, unknown).</summary>
    internal static string? Text(DocNode value) => value is DocScalar { Text: { } text } ? text : null;

    public static bool? Bool(DocNode value) => value is DocScalar { Text: "true" or "false" } scalar ? scalar.Text == "true" : null;

    public static decimal? Decimal(DocNode value) =>
        value is DocScalar { Text: { } text } && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static DocNode Literal(HclLiteral literal) => literal.Kind switch
    {
        HclLiteralKind.String => new DocScalar(literal.Position, null, literal.Text, isQuoted: true),
        HclLiteralKind.Number => decimal.TryParse(literal.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? Number(literal, number) : Unknown(literal),
        HclLiteralKind.Bool => new DocScalar(literal.Position, null, literal.Text, isQuoted: false),
        _ => new DocScalar(literal.Position, null, null, isQuoted: false),
    };

    /// <summary>A template that is one interpolation gives that value as it is (<c>"${var.n}"</c> is a number); otherwise the parts joined.</summary>
    private DocNode Template(HclTemplate template, HclBindings bindings)
    {
        if (template.Parts.Count == 1 && template.Parts[0] is not HclLiteral { Kind: HclLiteralKind.String })
        {
            return Evaluate(template.Parts[0], bindings);
        }

        var text = new StringBuilder();
        foreach (var part in template.Parts)
        {
            if (Text(Evaluate(part, bindings)) is not { } partText || text.Length + partText.Length > MaximumStringLength)
            {
                return Unknown(template);
            }

            text.Append(partText);
        }

        return String(template, text.ToString());
    }

    private DocNode TemplateFor(HclTemplateFor loop, HclBindings bindings)
    {
        if (Elements(Evaluate(loop.Collection, bindings), loop) is not { } elements)
        {
            return Unknown(loop);
        }

        var text = new StringBuilder();
        foreach (var (key, value) in elements)
        {
            if (Text(Template(loop.Body, bindings.With(loop.KeyVariable, key).With(loop.ValueVariable, value))) is not { } part || text.Length + part.Length > MaximumStringLength)
            {
                return Unknown(loop);
            }

            text.Append(part);
        }

        return String(loop, text.ToString());
    }

    private DocNode GetAttribute(HclGetAttribute access, HclBindings bindings)
    {
        if (access.Source is HclVariable { Name: var root } && bindings[root] is null && scope.Attribute(root, access.Name, access.Span) is { } value)
        {
            return value;
        }

        var source = Evaluate(access.Source, bindings);
        return source switch
        {
            DocMap map => map[access.Name] ?? Unknown(access, isError: true),
            DocList list when int.TryParse(access.Name, out var legacyIndex) => legacyIndex >= 0 && legacyIndex < list.Items.Count ? list.Items[legacyIndex] : Unknown(access, isError: true),
            DocUnknown { IsError: true } => Unknown(access, isError: true),
            DocUnknown => Unknown(access),
            _ => Unknown(access, isError: true),
        };
    }

    private static DocNode Index(DocNode source, DocNode key, HclExpression at)
    {
        if (source is DocUnknown || key is DocUnknown)
        {
            return Unknown(at, isError: source is DocUnknown { IsError: true });
        }

        return source switch
        {
            DocList list when Decimal(key) is { } number && number == decimal.Truncate(number) && number >= 0 && number < list.Items.Count => list.Items[(int)number],
            DocMap map when Text(key) is { } name && map[name] is { } member => member,
            _ => Unknown(at, isError: true),
        };
    }

    private DocNode Splat(HclSplat splat, HclBindings bindings)
    {
        var source = Evaluate(splat.Source, bindings);
        var items = source switch
        {
            DocUnknown => null,
            DocList list => list.Items,
            DocScalar { Text: null } => Array.Empty<DocNode>(),
            _ => new[] { source },
        };
        return items is null
            ? Unknown(splat)
            : new DocList(splat.Position, null, items.Select(item => Evaluate(splat.Each, bindings.With(SplatItem, item))).ToList());
    }

    private DocNode Object(HclObject obj, HclBindings bindings)
    {
        var members = new List<DocMember>();
        foreach (var item in obj.Items)
        {
            if (Text(Evaluate(item.Key, bindings)) is not { } key)
            {
                return Unknown(obj);
            }

            members.RemoveAll(m => m.Key == key);
            members.Add(new DocMember(key, item.Key.Position, Evaluate(item.Value, bindings)));
        }

        return new DocMap(obj.Position, null, members);
    }

    private static DocNode Unary(HclUnary unary, DocNode operand) => unary.Operator switch
    {
        HclOperator.Not when Bool(operand) is { } value => Boolean(unary, !value),
        HclOperator.Negate when Decimal(operand) is { } number => Number(unary, -number),
        _ => Unknown(unary),
    };

    private DocNode Binary(HclBinary binary, HclBindings bindings)
    {
        var left = Evaluate(binary.Left, bindings);
        var right = Evaluate(binary.Right, bindings);
        switch (binary.Operator)
        {
            case HclOperator.And or HclOperator.Or:
                var (a, b) = (Bool(left), Bool(right));
                // false && unknown is false; true || unknown is true.
                if (binary.Operator == HclOperator.And && (a == false || b == false))
                {
                    return Boolean(binary, false);
                }

                if (binary.Operator == HclOperator.Or && (a == true || b == true))
                {
                    return Boolean(binary, true);
                }

                return a is { } x && b is { } y ? Boolean(binary, binary.Operator == HclOperator.And ? x && y : x || y) : Unknown(binary);
            case HclOperator.Equal or HclOperator.NotEqual:
                if (!DocNodes.IsKnown(left) || !DocNodes.IsKnown(right))
                {
                    return Unknown(binary);
                }

                var equal = Decimal(left) is { } l && Decimal(right) is { } r && left is DocScalar { IsQuoted: false } && right is DocScalar { IsQuoted: false }
                    ? l == r
                    : DocNodeText.Canonical(left) == DocNodeText.Canonical(right);
                return Boolean(binary, equal == (binary.Operator == HclOperator.Equal));
        }

        if (Decimal(left) is not { } m || Decimal(right) is not { } n)
        {
            return Unknown(binary);
        }

        try
        {
            return binary.Operator switch
            {
                HclOperator.Add => Number(binary, m + n),
                HclOperator.Subtract => Number(binary, m - n),
                HclOperator.Multiply => Number(binary, m * n),
                HclOperator.Divide when n != 0 => Number(binary, m / n),
                HclOperator.Modulo when n != 0 => Number(binary, m % n),
                HclOperator.Less => Boolean(binary, m < n),
                HclOperator.LessOrEqual => Boolean(binary, m <= n),
                HclOperator.Greater => Boolean(binary, m > n),
                HclOperator.GreaterOrEqual => Boolean(binary, m >= n),
                _ => Unknown(binary),
            };
        }
        catch (OverflowException)
        {
            return Unknown(binary);
        }
    }

    private DocNode For(HclFor loop, HclBindings bindings)
    {
        if (Elements(Evaluate(loop.Collection, bindings), loop) is not { } elements)
        {
            return Unknown(loop);
        }

        var items = new List<DocNode>();
        var members = new List<DocMember>();
        foreach (var (key, value) in elements)
        {
            var inner = bindings.With(loop.KeyVariable, key).With(loop.ValueVariable, value);
            if (loop.Condition is not null)
            {
                if (Bool(Evaluate(loop.Condition, inner)) is not { } keep)
                {
                    return Unknown(loop);
                }

                if (!keep)
                {
                    continue;
                }
            }

            var result = Evaluate(loop.ValueResult, inner);
            if (loop.KeyResult is null)
            {
                items.Add(result);
                continue;
            }

            if (Text(Evaluate(loop.KeyResult, inner)) is not { } name)
            {
                return Unknown(loop);
            }

            var existing = members.FindIndex(m => m.Key == name);
            if (loop.Groups)
            {
                var group = existing >= 0 ? ((DocList)members[existing].Value).Items.Append(result).ToList() : new List<DocNode> { result };
                var grouped = new DocMember(name, loop.KeyResult.Position, new DocList(loop.Position, null, group));
                if (existing >= 0)
                {
                    members[existing] = grouped;
                }
                else
                {
                    members.Add(grouped);
                }
            }
            else if (existing >= 0)
            {
                // Terraform rejects duplicate keys without the grouping '...'.
                return Unknown(loop, isError: true);
            }
            else
            {
                members.Add(new DocMember(name, loop.KeyResult.Position, result));
            }
        }

        return Bounded(loop.KeyResult is null ? new DocList(loop.Position, null, items) : new DocMap(loop.Position, null, members), loop.Position, loop.Span.Text);
    }

    /// <summary>Key and value of each element of a known list (index keys) or map; null when not known.</summary>
    private static IReadOnlyList<(DocNode Key, DocNode Value)>? Elements(DocNode collection, HclExpression at) => collection switch
    {
        DocList list => list.Items.Select((item, i) => ((DocNode)Number(at, i), item)).ToList(),
        DocMap map => map.Members.Select(m => ((DocNode)new DocScalar(m.KeyPosition, null, m.Key, isQuoted: true), m.Value)).ToList(),
        _ => null,
    };
}
