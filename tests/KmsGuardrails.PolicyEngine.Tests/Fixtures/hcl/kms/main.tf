# The configuration of terraform/kms.tf.json, written in HCL.
variable "deletion_window_in_days" {
  type        = number
  default     = 5
  description = "Waiting period before the key is deleted"
}

variable "environment" {
  type    = string
  default = "dev"
}

locals {
  safe_window = 30
}

resource "aws_kms_key" "primary" {
  description             = "Primary multi-Region key for ${var.environment}"
  multi_region            = true
  enable_key_rotation     = true
  deletion_window_in_days = var.deletion_window_in_days
}

resource "aws_kms_key" "partner" {
  description              = "Key pair handed to a partner"
  customer_master_key_spec = "RSA_4096"
  key_usage                = "ENCRYPT_DECRYPT"
  deletion_window_in_days  = local.safe_window

  lifecycle {
    prevent_destroy = false
  }
}

resource "aws_kms_key" "logs" {
  description             = "CloudWatch Logs"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  lifecycle { prevent_destroy = true }
}

# kms-guardrails:ignore KMS014: throwaway key of the sandbox account
resource "aws_kms_key" "scratch" {
  deletion_window_in_days = 7
}

resource "aws_kms_replica_key" "primary_eu" {
  description             = "Replica in eu-west-1"
  primary_key_arn         = aws_kms_key.primary.arn
  deletion_window_in_days = 31
  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_kms_external_key" "hsm" {
  description         = "Material from the on-premises HSM"
  key_material_base64 = var.material
  valid_to            = "2027-06-30T00:00:00Z"
  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_kms_alias" "logs" {
  name          = "alias/logs"
  target_key_id = aws_kms_key.logs.key_id
}
