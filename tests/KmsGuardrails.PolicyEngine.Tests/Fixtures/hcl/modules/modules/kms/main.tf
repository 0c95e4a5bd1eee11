locals {
  alias = "alias/${var.name}"
}

resource "aws_kms_key" "this" {
  count                   = var.create ? 1 : 0
  description             = "Key for ${var.name} (${local.alias})"
  deletion_window_in_days = var.window
  policy                  = file("${path.module}/policy.json")

  lifecycle {
    prevent_destroy = true
  }
}
