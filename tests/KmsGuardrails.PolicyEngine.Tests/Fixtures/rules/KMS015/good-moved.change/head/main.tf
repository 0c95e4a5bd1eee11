# Keys of the reporting stack, one per report family. The monthly key was renamed when the yearly
# reports moved in with it; the moved block tells Terraform it is the same key.
resource "aws_kms_key" "reports" {
  description             = "monthly and yearly reports"
  deletion_window_in_days = 30
  enable_key_rotation     = true

  lifecycle {
    prevent_destroy = true
  }
}

moved {
  from = aws_kms_key.monthly_reports
  to   = aws_kms_key.reports
}

resource "aws_kms_alias" "monthly_reports" {
  name          = "alias/reports/monthly"
  target_key_id = aws_kms_key.reports.key_id
}

resource "aws_kms_alias" "yearly_reports" {
  name          = "alias/reports/yearly"
  target_key_id = aws_kms_key.reports.key_id
}
