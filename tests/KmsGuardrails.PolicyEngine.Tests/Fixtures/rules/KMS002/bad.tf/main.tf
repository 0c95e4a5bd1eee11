# Session keys of the identity service, one per Region listed in var.regions.
variable "regions" {
  type    = list(string)
  default = ["eu-west-1", "eu-central-1"]
}

variable "deletion_window_in_days" {
  type    = number
  default = 10

  validation {
    condition     = var.deletion_window_in_days >= 7 && var.deletion_window_in_days <= 30
    error_message = "KMS accepts 7 to 30 days."
  }
}

locals {
  key_admin_role = "arn:aws:iam::111122223333:role/KeyAdministrators"
}

resource "aws_kms_key" "sessions" {
  for_each                = toset(var.regions)
  description             = "identity sessions (${each.key})"
  enable_key_rotation     = true
  deletion_window_in_days = var.deletion_window_in_days
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "Enable IAM User Permissions"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "Allow access for Key Administrators"
        Effect    = "Allow"
        Principal = { AWS = local.key_admin_role }
        Action = [
          "kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*",
          "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:TagResource", "kms:UntagResource",
          "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion",
        ]
        Resource = "*"
      },
    ]
  })

  lifecycle {
    prevent_destroy = true
  }
}
