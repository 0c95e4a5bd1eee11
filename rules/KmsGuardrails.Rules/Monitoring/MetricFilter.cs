namespace KmsGuardrails.Rules.Monitoring;

/// <summary>
/// A CloudWatch Logs metric filter as a template declares it: its filter pattern and the metric it
/// counts into. A value that cannot be known before deployment (a parameter, a reference) is null.
/// </summary>
public sealed record MetricFilter(string Name, string? Pattern, string? MetricName, string? MetricNamespace, SourcePosition Position);
