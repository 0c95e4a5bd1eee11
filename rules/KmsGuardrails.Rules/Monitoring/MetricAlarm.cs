namespace KmsGuardrails.Rules.Monitoring;

/// <summary>
/// A CloudWatch alarm as a template declares it: the metric it watches. A value that cannot be known
/// before deployment (a reference to the filter, a metric-math query) is null and may be any metric.
/// </summary>
public sealed record MetricAlarm(string Name, string? MetricName, string? MetricNamespace, SourcePosition Position);
