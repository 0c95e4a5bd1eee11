// The configuration of terraform/key-policies.tf.json, written in HCL.
variable "partner_org" {
  type    = string
  default = "o-exampleorgid"
}

variable "account_id" {
  type    = string
  default = "111122223333"
}

data "aws_iam_policy_document" "shared" {
  statement {
    sid       = "Enable IAM User Permissions"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${var.account_id}:root"]
    }
  }

  statement {
    sid       = "Organisation"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = [var.partner_org]
    }
  }

  statement {
    sid       = "Anyone may clean up"
    actions   = ["kms:ScheduleKeyDeletion", "kms:DescribeKey"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

data "aws_iam_policy_document" "merged" {
  source_policy_documents = [data.aws_iam_policy_document.shared.json]
  statement {
    sid       = "Cleanup"
    actions   = ["kms:ScheduleKeyDeletion"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:role/Cleanup"]
    }
  }
}

resource "aws_kms_key" "shared" {
  description = "shared with the organisation"
  policy      = data.aws_iam_policy_document.shared.json
  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_kms_key" "sessions" {
  description = "per-user session keys"
  policy      = <<-POLICY
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*", "Condition": {"StringLike": {"aws:PrincipalArn": "arn:aws:iam::111122223333:user/$${aws:username}"}}}]}
  POLICY
  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_kms_key" "merged" {
  description = "policy merged from another document: not known here"
  policy      = data.aws_iam_policy_document.merged.json
  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_kms_key" "encoded" {
  description = "jsonencode in a template string is evaluated as in HCL"
  policy      = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "kms:*", Resource = "*" }] })
  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_kms_key_policy" "locked" {
  key_id                             = aws_kms_key.sessions.id
  bypass_policy_lockout_safety_check = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "Root"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "NoCancel"
        Effect    = "Deny"
        Principal = "*"
        Action    = "kms:CancelKeyDeletion"
        Resource  = "*"
      },
    ]
  })
}

resource "aws_kms_key_policy" "reviewed" {
  /* kms-guardrails:ignore KMS016: break-glass policy, reviewed in SEC-1234 */
  key_id                             = aws_kms_key.shared.id
  bypass_policy_lockout_safety_check = true
  policy                             = data.aws_iam_policy_document.merged.json
}
