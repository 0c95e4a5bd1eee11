# Key of the signing service's token store.
variable "environment" {
  type    = string
  default = "prod"
}

resource "aws_kms_key" "tokens" {
  description             = "token store (${var.environment})"
  deletion_window_in_days = 30
  enable_key_rotation     = true
}

resource "aws_kms_alias" "tokens" {
  name          = "alias/${var.environment}/tokens"
  target_key_id = aws_kms_key.tokens.key_id
}
