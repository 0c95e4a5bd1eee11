# Keys of the audit service. The window is set in terraform.tfvars and handed to a local module.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.60"
    }
  }
}

data "aws_caller_identity" "current" {}

module "audit_log_key" {
  source                  = "./modules/service-key"
  name                    = "audit-log"
  deletion_window_in_days = var.deletion_window_in_days
  account_id              = data.aws_caller_identity.current.account_id
}

resource "aws_kms_key" "audit_archive" {
  description             = "audit archive (${var.environment})"
  enable_key_rotation     = true
  deletion_window_in_days = var.environment == "prod" ? 30 : 7

  lifecycle {
    prevent_destroy = true
  }
}
