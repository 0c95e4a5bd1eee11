variable "alarm_topic_arn" {
  type    = string
  default = "arn:aws:sns:eu-west-1:111122223333:security-alerts"
}

resource "aws_kms_key" "sessions" {
  description             = "session tokens"
  deletion_window_in_days = 30
  enable_key_rotation     = true

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_cloudwatch_log_metric_filter" "pending_deletion_use" {
  name           = "kms-pending-deletion-use"
  log_group_name = "organization-trail"
  pattern        = "{ $.eventSource = kms* && $.errorMessage = \"* is pending deletion.\" }"

  metric_transformation {
    name      = "KMSKeyPendingDeletionErrorCount"
    namespace = "CloudTrailLogMetrics"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "pending_deletion_use" {
  alarm_name          = "kms-pending-deletion-use"
  alarm_description   = "A KMS key pending deletion was used; cancel the deletion if it is still needed."
  metric_name         = aws_cloudwatch_log_metric_filter.pending_deletion_use.metric_transformation[0].name
  namespace           = "CloudTrailLogMetrics"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_topic_arn]
}
