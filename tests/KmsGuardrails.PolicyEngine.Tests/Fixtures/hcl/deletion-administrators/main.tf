// KMS011's second case in Terraform: explicit key policies in which no principal may both
// schedule and cancel deletion, next to ones that are fine.
data "aws_caller_identity" "current" {}

variable "account_id" {
  type    = string
  default = "111122223333"
}

// Administrators without the deletion actions and no account statement.
data "aws_iam_policy_document" "ledger" {
  statement {
    sid = "Allow access for Key Administrators"
    actions = [
      "kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*",
      "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:TagResource", "kms:UntagResource",
    ]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${var.account_id}:role/KeyAdmin"]
    }
  }

  statement {
    sid       = "Allow use of the key"
    actions   = ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${var.account_id}:role/Ledger"]
    }
  }
}

resource "aws_kms_key" "ledger" {
  description             = "ledger entries"
  deletion_window_in_days = 30
  policy                  = data.aws_iam_policy_document.ledger.json

  lifecycle {
    prevent_destroy = true
  }
}

// One role may schedule, another may cancel: no one may do both.
resource "aws_kms_key" "exports" {
  description             = "partner exports"
  deletion_window_in_days = 30

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_kms_key_policy" "exports" {
  key_id = aws_kms_key.exports.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "Cleanup"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${var.account_id}:role/Cleanup" }
        Action    = "kms:ScheduleKeyDeletion"
        Resource  = "*"
      },
      {
        Sid       = "Oncall"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${var.account_id}:role/Oncall" }
        Action    = ["kms:CancelKeyDeletion", "kms:DescribeKey"]
        Resource  = "*"
      },
    ]
  })
}

// Fine: the account statement, written with the account id.
resource "aws_kms_key" "orders" {
  deletion_window_in_days = 30
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Sid = "Enable IAM User Permissions", Effect = "Allow", Principal = { AWS = var.account_id }, Action = "kms:*", Resource = "*" },
      { Sid = "Use", Effect = "Allow", Principal = { AWS = "arn:aws:iam::${var.account_id}:role/Orders" }, Action = ["kms:Encrypt", "kms:Decrypt"], Resource = "*" },
    ]
  })

  lifecycle {
    prevent_destroy = true
  }
}

// Fine as far as can be known: the account id comes from the provider at plan time.
resource "aws_kms_key" "sessions" {
  deletion_window_in_days = 30
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Sid = "Enable IAM User Permissions", Effect = "Allow", Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }, Action = "kms:*", Resource = "*" },
    ]
  })

  lifecycle {
    prevent_destroy = true
  }
}
