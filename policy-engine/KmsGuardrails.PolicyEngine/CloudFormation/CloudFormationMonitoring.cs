using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Documents;
using KmsGuardrails.Rules.Monitoring;

namespace KmsGuardrails.PolicyEngine.CloudFormation;

/// <summary>
/// CloudWatch metric filters and alarms in a template, for KMS017: AWS::Logs::MetricFilter
/// (FilterPattern, MetricTransformations) and AWS::CloudWatch::Alarm (MetricName and Namespace, or
/// the metrics of a Metrics query). Values go through parameters and conditions; one that is not a
/// single known value is unknown, and may match anything.
/// </summary>
internal static class CloudFormationMonitoring
{
    public const string MetricFilterType = "AWS::Logs::MetricFilter";
    public const string AlarmType = "AWS::CloudWatch::Alarm";

    public static IEnumerable<MetricFilter> Filters(string logicalId, DocMap resource, SourcePosition position, ValueResolver resolver)
    {
        if (resource["Type"] is not DocScalar { Text: MetricFilterType } || resource["Properties"] is not DocMap properties)
        {
            return Enumerable.Empty<MetricFilter>();
        }

        var pattern = Text(properties["FilterPattern"], resolver);
        var metrics = (properties["MetricTransformations"] as DocList)?.Items.OfType<DocMap>().ToList() ?? new List<DocMap>();
        return metrics.Count == 0
            ? new[] { new MetricFilter(logicalId, pattern, null, null, position) }
            : metrics.Select(m => new MetricFilter(logicalId, pattern, Text(m["MetricName"], resolver), Text(m["MetricNamespace"], resolver), position));
    }

    public static IEnumerable<MetricAlarm> Alarms(string logicalId, DocMap resource, SourcePosition position, ValueResolver resolver)
    {
        if (resource["Type"] is not DocScalar { Text: AlarmType } || resource["Properties"] is not DocMap properties)
        {
            return Enumerable.Empty<MetricAlarm>();
        }

        if (properties["MetricName"] is { } name)
        {
            return new[] { new MetricAlarm(logicalId, Text(name, resolver), Text(properties["Namespace"], resolver), position) };
        }

        var metrics = ((properties["Metrics"] as DocList)?.Items.OfType<DocMap>() ?? Enumerable.Empty<DocMap>())
            .Select(query => (query["MetricStat"] as DocMap)?["Metric"] as DocMap)
            .OfType<DocMap>()
            .Select(metric => new MetricAlarm(logicalId, Text(metric["MetricName"], resolver), Text(metric["Namespace"], resolver), position))
            .ToList();
        return metrics.Count > 0 ? metrics : new[] { new MetricAlarm(logicalId, null, null, position) };
    }

    private static string? Text(DocNode? node, ValueResolver resolver)
    {
        if (node is null)
        {
            return null;
        }

        var alternatives = resolver.Resolve(node);
        return alternatives.Count == 1 && alternatives[0].Conditions.Count == 0 ? alternatives[0].Scalar?.Text : null;
    }
}
