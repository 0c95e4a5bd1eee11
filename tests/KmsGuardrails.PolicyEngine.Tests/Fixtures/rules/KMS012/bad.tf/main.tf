# Key of the log archive, with an explicit key policy and no kms:* for anyone. The retention job may
# schedule the deletion of an expired archive's key; no statement lets anyone cancel it.
locals {
  account_id = "111122223333"
  admins     = "arn:aws:iam::${local.account_id}:role/LogArchiveKeyAdmins"
}

resource "aws_kms_key" "log_archive" {
  description             = "log archive"
  enable_key_rotation     = true
  deletion_window_in_days = 30

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_kms_key_policy" "log_archive" {
  key_id = aws_kms_key.log_archive.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "Administrators manage the key"
        Effect    = "Allow"
        Principal = { AWS = local.admins }
        Action    = ["kms:Describe*", "kms:List*", "kms:Get*", "kms:Put*", "kms:TagResource", "kms:UntagResource"]
        Resource  = "*"
      },
      {
        Sid       = "Retention job"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${local.account_id}:role/LogRetention" }
        Action    = ["kms:DescribeKey", "kms:DisableKey", "kms:ScheduleKeyDeletion"]
        Resource  = "*"
      },
    ]
  })
}
