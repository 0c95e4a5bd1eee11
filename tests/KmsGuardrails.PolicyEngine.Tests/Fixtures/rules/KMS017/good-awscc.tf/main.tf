resource "aws_kms_key" "sessions" {
  description             = "session tokens"
  deletion_window_in_days = 30
  enable_key_rotation     = true

  lifecycle {
    prevent_destroy = true
  }
}

resource "awscc_logs_metric_filter" "pending_deletion_use" {
  filter_name    = "kms-pending-deletion-use"
  log_group_name = "organization-trail"
  filter_pattern = "{ ($.eventSource = \"kms.amazonaws.com\") && ($.errorCode = \"KMSInvalidStateException\") }"
  metric_transformations = [{
    metric_name      = "KMSInvalidStateErrors"
    metric_namespace = "CloudTrailLogMetrics"
    metric_value     = "1"
  }]
}

resource "awscc_cloudwatch_alarm" "pending_deletion_use" {
  alarm_name          = "kms-invalid-state"
  metric_name         = "KMSInvalidStateErrors"
  namespace           = "CloudTrailLogMetrics"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}
