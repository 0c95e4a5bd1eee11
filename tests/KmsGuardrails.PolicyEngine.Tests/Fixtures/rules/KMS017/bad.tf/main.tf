resource "aws_kms_key" "sessions" {
  description             = "session tokens"
  deletion_window_in_days = 30
  enable_key_rotation     = true

  lifecycle {
    prevent_destroy = true
  }
}

// A filter on key-pending-deletion errors, but nothing alarms on its metric.
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
