# Keys of the reporting stack, one per report family.
resource "aws_kms_key" "monthly_reports" {
  description             = "monthly reports"
  deletion_window_in_days = 30
  enable_key_rotation     = true

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_kms_alias" "monthly_reports" {
  name          = "alias/reports/monthly"
  target_key_id = aws_kms_key.monthly_reports.key_id
}
