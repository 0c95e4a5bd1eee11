resource "aws_kms_key" "orders" {
  description             = "orders"
  deletion_window_in_days = 30

  lifecycle {
    prevent_destroy = true
  }
}
