# Key of the public dataset bucket. Readers anywhere may decrypt, and only decrypt.
variable "dataset" {
  type    = string
  default = "open-climate"
}

data "aws_iam_policy_document" "dataset_key" {
  statement {
    sid       = "Enable IAM User Permissions"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
  }

  statement {
    sid       = "Public readers"
    actions   = ["kms:Decrypt", "kms:DescribeKey"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_kms_key" "dataset" {
  description             = "${var.dataset} dataset"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  policy                  = data.aws_iam_policy_document.dataset_key.json

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_s3_bucket" "dataset" {
  bucket = "${var.dataset}-dataset"
}
