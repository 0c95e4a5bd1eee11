using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.PolicyEngine.Terraform.Configuration;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Documents;
using KmsGuardrails.Rules.Monitoring;

namespace KmsGuardrails.PolicyEngine.Terraform;

/// <summary>
/// CloudWatch metric filters and alarms in Terraform's terms, for KMS017: the aws provider's
/// aws_cloudwatch_log_metric_filter (pattern, metric_transformation) and aws_cloudwatch_metric_alarm
/// (metric_name, namespace, or metric_query), and the awscc provider's awscc_logs_metric_filter
/// (filter_pattern, metric_transformations) and awscc_cloudwatch_alarm (metric_name, namespace, or
/// metrics). The same attribute names appear in configurations and in plans' planned values.
/// </summary>
internal static class TerraformMonitoring
{
    public const string MetricFilter = "aws_cloudwatch_log_metric_filter";
    public const string Alarm = "aws_cloudwatch_metric_alarm";
    public const string CloudControlMetricFilter = "awscc_logs_metric_filter";
    public const string CloudControlAlarm = "awscc_cloudwatch_alarm";

    public static readonly HashSet<string> Types = new() { MetricFilter, Alarm, CloudControlMetricFilter, CloudControlAlarm };

    /// <summary>One filter per metric it counts into.</summary>
    public static IEnumerable<MetricFilter> Filters(string type, string address, DocMap body, SourcePosition position)
    {
        var (pattern, transformations, name, space) = type switch
        {
            MetricFilter => (body["pattern"], body["metric_transformation"], "name", "namespace"),
            CloudControlMetricFilter => (body["filter_pattern"], body["metric_transformations"], "metric_name", "metric_namespace"),
            _ => (null, null, string.Empty, string.Empty),
        };
        if (pattern is null)
        {
            return Enumerable.Empty<MetricFilter>();
        }

        var metrics = TerraformJsonDeclarations.Objects(transformations).ToList();
        return metrics.Count == 0
            ? new[] { new MetricFilter(address, Text(pattern), null, null, position) }
            : metrics.Select(metric => new MetricFilter(address, Text(pattern), Text(metric[name]), Text(metric[space]), position));
    }

    /// <summary>One alarm per metric it watches; a metric that cannot be read may be any.</summary>
    public static IEnumerable<MetricAlarm> Alarms(string type, string address, DocMap body, SourcePosition position)
    {
        if (type is not (Alarm or CloudControlAlarm))
        {
            return Enumerable.Empty<MetricAlarm>();
        }

        if (body["metric_name"] is { } metricName)
        {
            return new[] { new MetricAlarm(address, Text(metricName), Text(body["namespace"]), position) };
        }

        // Metric math: each query's metric (aws: metric_query { metric { ... } }, awscc: metrics = [{ metric_stat = { metric = { ... } } }]).
        var queries = TerraformJsonDeclarations.Objects(body[type == Alarm ? "metric_query" : "metrics"]).ToList();
        var metrics = queries
            .SelectMany(q => type == Alarm ? TerraformJsonDeclarations.Objects(q["metric"]) : TerraformJsonDeclarations.Objects(q["metric_stat"]).SelectMany(stat => TerraformJsonDeclarations.Objects(stat["metric"])))
            .Select(metric => new MetricAlarm(address, Text(metric["metric_name"]), Text(metric["namespace"]), position))
            .ToList();
        return metrics.Count > 0 ? metrics : new[] { new MetricAlarm(address, null, null, position) };
    }

    /// <summary>A value the configuration knows, or null.</summary>
    private static string? Text(DocNode? node) => (node as DocScalar)?.Text;
}
