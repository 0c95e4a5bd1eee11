using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using KmsGuardrails.Hcl.Syntax;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.Hcl;

/// <summary>
/// The functions of Terraform's language that build settings and policy documents (HCL itself
/// defines none). <c>jsonencode</c> keeps the tree it encodes (tagged <see cref="JsonEncoded"/>), so
/// a document written with it keeps a position per element and parts of it may stay unknown. Any
/// other function, or an argument that is not known, gives an unknown value.
/// </summary>
public static class HclFunctions
{
    /// <summary>The tag of a value that stands for its own JSON encoding.</summary>
    public const string JsonEncoded = "jsonencode";

    internal static DocNode Call(HclEvaluator evaluator, HclFunctionCall call, HclBindings bindings)
    {
        switch (call.Name)
        {
            case "try":
                return Try(evaluator, call, bindings);
            case "can":
                return call.Arguments.Count == 1 && evaluator.Evaluate(call.Arguments[0], bindings) is var tried && tried is not DocUnknown { IsError: false }
                    ? HclEvaluator.Boolean(call, tried is not DocUnknown)
                    : HclEvaluator.Unknown(call);
        }

        var arguments = Arguments(evaluator, call, bindings);
        if (arguments is null)
        {
            return HclEvaluator.Unknown(call);
        }

        return Known(evaluator, call, arguments) ?? HclEvaluator.Unknown(call);
    }

    private static DocNode? Known(HclEvaluator evaluator, HclFunctionCall call, IReadOnlyList<DocNode> arguments)
    {
        var single = arguments.Count == 1 ? arguments[0] : null;
        switch (call.Name)
        {
            case "jsonencode" when single is DocMap map:
                return new DocMap(map.Position, JsonEncoded, map.Members);
            case "jsonencode" when single is DocList list:
                return new DocList(list.Position, JsonEncoded, list.Items);
            case "jsonencode" when single is DocScalar scalar && DocNodes.IsKnown(scalar):
                return HclEvaluator.String(call, Json(scalar));
            case "jsondecode" when HclEvaluator.Text(single!) is { } json:
                return JsonDocumentParser.Parse(json, evaluator.Limits).Root is { } decoded ? DocNodes.Relocated(decoded, call.Position) : null;
            case "file" when HclEvaluator.Text(single!) is { } path:
                return evaluator.Scope.ReadFile(path) is { } content ? HclEvaluator.String(call, content) : null;
            case "templatefile" when arguments.Count == 2 && HclEvaluator.Text(arguments[0]) is { } path && arguments[1] is DocMap variables:
                return TemplateFile(evaluator, call, path, variables);
            case "merge" when arguments.All(a => a is DocMap || a is DocScalar { Text: null }):
                return new DocMap(call.Position, null, arguments.OfType<DocMap>().SelectMany(m => m.Members).GroupBy(m => m.Key).Select(g => g.Last()).ToList());
            case "concat" when arguments.All(a => a is DocList):
                return new DocList(call.Position, null, arguments.Cast<DocList>().SelectMany(l => l.Items).ToList());
            case "flatten" when single is DocList:
                return new DocList(call.Position, null, Flatten(single).ToList());
            case "lookup" when arguments.Count is 2 or 3 && arguments[0] is DocMap map && HclEvaluator.Text(arguments[1]) is { } key:
                return map[key] ?? (arguments.Count == 3 ? arguments[2] : null);
            case "element" when arguments.Count == 2 && arguments[0] is DocList { Items.Count: > 0 } list && HclEvaluator.Decimal(arguments[1]) is { } at:
                return list.Items[(int)(Math.Abs(decimal.Truncate(at)) % list.Items.Count)];
            case "coalesce":
                return arguments.FirstOrDefault(a => a is DocScalar { Text: { Length: > 0 } }) is { } first && arguments.TakeWhile(a => a != first).All(DocNodes.IsKnown) ? first : null;
            case "tostring" or "tonumber" or "tobool" or "tolist" or "toset" or "tomap" or "sensitive" or "nonsensitive" when single is not null:
                return single;
            case "join" when arguments.Count == 2 && HclEvaluator.Text(arguments[0]) is { } separator && arguments[1] is DocList parts && parts.Items.All(p => HclEvaluator.Text(p) is not null)
                && parts.Items.Sum(p => (long)HclEvaluator.Text(p)!.Length + separator.Length) <= HclEvaluator.MaximumStringLength:
                return HclEvaluator.String(call, string.Join(separator, parts.Items.Select(p => HclEvaluator.Text(p))));
            case "lower" when HclEvaluator.Text(single!) is { } lower:
                return HclEvaluator.String(call, lower.ToLowerInvariant());
            case "upper" when HclEvaluator.Text(single!) is { } upper:
                return HclEvaluator.String(call, upper.ToUpperInvariant());
            case "length" when single is DocList list:
                return HclEvaluator.Number(call, list.Items.Count);
            case "length" when single is DocMap map:
                return HclEvaluator.Number(call, map.Members.Count);
            case "min" or "max" when arguments.Count > 0 && arguments.All(a => HclEvaluator.Decimal(a) is not null):
                var numbers = arguments.Select(a => HclEvaluator.Decimal(a)!.Value).ToList();
                return HclEvaluator.Number(call, call.Name == "min" ? numbers.Min() : numbers.Max());
            case "format" when arguments.Count > 0 && HclEvaluator.Text(arguments[0]) is { } format:
                return Format(call, format, arguments.Skip(1).ToList());
            default:
                return null;
        }
    }

    /// <summary>The arguments, with a final <c>...</c> list spread; null when one is unknown at the top.</summary>
    private static IReadOnlyList<DocNode>? Arguments(HclEvaluator evaluator, HclFunctionCall call, HclBindings bindings)
    {
        var values = call.Arguments.Select(a => evaluator.Evaluate(a, bindings)).ToList();
        if (call.ExpandsFinal)
        {
            if (values.Count == 0 || values[values.Count - 1] is not DocList spread)
            {
                return null;
            }

            values.RemoveAt(values.Count - 1);
            values.AddRange(spread.Items);
        }

        // jsonencode keeps unknown leaves (a policy's Resource = aws_kms_key.k.arn); the others need whole values.
        return values.Any(v => v is DocUnknown) || (call.Name != "jsonencode" && !values.All(DocNodes.IsKnown)) ? null : values;
    }

    /// <summary>The first argument that does not fail; an unknown one makes the result unknown, since it may fail.</summary>
    private static DocNode Try(HclEvaluator evaluator, HclFunctionCall call, HclBindings bindings)
    {
        foreach (var argument in call.Arguments)
        {
            var value = evaluator.Evaluate(argument, bindings);
            if (value is DocUnknown { IsError: true })
            {
                continue;
            }

            return value is DocUnknown ? HclEvaluator.Unknown(call) : value;
        }

        return HclEvaluator.Unknown(call, isError: true);
    }

    private static DocNode? TemplateFile(HclEvaluator evaluator, HclFunctionCall call, string path, DocMap variables)
    {
        if (evaluator.Scope.ReadFile(path) is not { } text || HclParser.ParseTemplate(text, call.Position, evaluator.Limits.MaximumDepth) is not { } template)
        {
            return null;
        }

        var bindings = variables.Members.Aggregate(HclBindings.Empty, (inner, member) => inner.With(member.Key, member.Value));
        return evaluator.Evaluate(template, bindings) is DocScalar { Text: { } rendered } ? HclEvaluator.String(call, rendered) : null;
    }

    private static IEnumerable<DocNode> Flatten(DocNode node) =>
        node is DocList list ? list.Items.SelectMany(Flatten) : new[] { node };

    /// <summary><c>format</c> with <c>%s</c>, <c>%d</c>, <c>%v</c> and <c>%%</c>; other verbs are not modelled.</summary>
    private static DocNode? Format(HclFunctionCall call, string format, IReadOnlyList<DocNode> values)
    {
        var text = new StringBuilder();
        var next = 0;
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '%')
            {
                text.Append(format[i]);
                continue;
            }

            if (++i >= format.Length || text.Length > HclEvaluator.MaximumStringLength)
            {
                return null;
            }

            if (format[i] == '%')
            {
                text.Append('%');
            }
            else if (format[i] is 's' or 'd' or 'v' && next < values.Count && HclEvaluator.Text(values[next++]) is { } value)
            {
                text.Append(value);
            }
            else
            {
                return null;
            }
        }

        return HclEvaluator.String(call, text.ToString());
    }

    private static string Json(DocScalar scalar) =>
        scalar.IsQuoted ? Quote(scalar.Text ?? string.Empty) : scalar.Text ?? "null";

    /// <summary>A JSON string: quotes, backslashes and control characters escaped, and the line separators JavaScript would break at.</summary>
    private static string Quote(string text)
    {
        var json = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            var escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' or '\u0085' or '\u2028' or '\u2029' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => null,
            };
            if (escape is null)
            {
                json.Append(c);
            }
            else
            {
                json.Append(escape);
            }
        }

        return json.Append('"').ToString();
    }
}
