# The payroll key's policy is managed apart from the key, by the security team's pipeline.
variable "security_pipeline_role" {
  type    = string
  default = "arn:aws:iam::111122223333:role/SecurityPipeline"
}

variable "break_glass" {
  type        = bool
  default     = true
  description = "Set during the 2024 incident; never unset."
}

resource "aws_kms_key" "payroll" {
  description             = "payroll"
  enable_key_rotation     = true
  deletion_window_in_days = 30

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_kms_key_policy" "payroll" {
  key_id                             = aws_kms_key.payroll.id
  bypass_policy_lockout_safety_check = var.break_glass
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
        Sid       = "Security pipeline manages the policy"
        Effect    = "Allow"
        Principal = { AWS = var.security_pipeline_role }
        Action    = ["kms:PutKeyPolicy", "kms:GetKeyPolicy", "kms:DescribeKey"]
        Resource  = "*"
      },
    ]
  })
}
