resource "aws_kms_key" "orders" {
  description             = "orders"
  deletion_window_in_days = 30
  enable_key_rotation     = true

  lifecycle {
    prevent_destroy = true
  }
}
