resource "aws_kms_key" "documents" {
  description             = "signed documents"
  customer_master_key_spec = "RSA_2048"
  key_usage               = "SIGN_VERIFY"
  deletion_window_in_days = 30
  is_enabled              = true
}

resource "aws_kms_alias" "documents" {
  name          = "alias/documents"
  target_key_id = aws_kms_key.documents.key_id
}
