# Key pair for the mobile app: the app embeds the public key and encrypts device reports with it.
variable "app_name" {
  type    = string
  default = "field-reports"
}

resource "aws_kms_key" "device_reports" {
  description              = "${var.app_name}: device reports"
  customer_master_key_spec = "RSA_3072"
  key_usage                = "ENCRYPT_DECRYPT"
  deletion_window_in_days  = 30
}

resource "aws_kms_key" "report_signing" {
  description              = "${var.app_name}: signs the reports it publishes"
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "SIGN_VERIFY"
  deletion_window_in_days  = 30

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_ssm_parameter" "public_key_arn" {
  name  = "/${var.app_name}/public-key-arn"
  type  = "String"
  value = aws_kms_key.device_reports.arn
}
