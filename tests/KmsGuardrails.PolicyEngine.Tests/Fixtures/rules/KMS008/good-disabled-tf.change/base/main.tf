// The exports key was disabled by an earlier change, and CloudTrail showed no failed calls since.
resource "aws_kms_key" "exports" {
  description             = "partner exports, retired"
  deletion_window_in_days = 30
  is_enabled              = false
}

resource "aws_kms_key" "orders" {
  description             = "orders"
  deletion_window_in_days = 30
  enable_key_rotation     = true

  lifecycle {
    prevent_destroy = true
  }
}
