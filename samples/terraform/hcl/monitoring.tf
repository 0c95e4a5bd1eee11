// The alarm the deletion procedure asks for: CloudTrail's KMS errors for keys pending deletion,
// counted by a metric filter on the trail's log group, with an alarm on the count. It catches a
// key still in use while its deletion can be cancelled (KMS017).
variable "trail_log_group" {
  type    = string
  default = "organization-trail"
}

variable "security_alerts_topic" {
  type    = string
  default = "arn:aws:sns:eu-west-1:111122223333:security-alerts"
}

resource "aws_cloudwatch_log_metric_filter" "kms_pending_deletion_use" {
  name           = "kms-pending-deletion-use"
  log_group_name = var.trail_log_group
  pattern        = "{ $.eventSource = kms* && $.errorMessage = \"* is pending deletion.\" }"

  metric_transformation {
    name      = "KMSKeyPendingDeletionErrorCount"
    namespace = "CloudTrailLogMetrics"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "kms_pending_deletion_use" {
  alarm_name          = "kms-pending-deletion-use"
  alarm_description   = "A KMS key pending deletion was used: cancel its deletion if it is still needed."
  metric_name         = aws_cloudwatch_log_metric_filter.kms_pending_deletion_use.metric_transformation[0].name
  namespace           = "CloudTrailLogMetrics"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.security_alerts_topic]
}
