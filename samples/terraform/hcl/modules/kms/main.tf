variable "name" {
  type = string
}

variable "window" {
  type = number
}

variable "partner_id" {
  type    = string
  default = null
}

data "aws_iam_policy_document" "key" {
  statement {
    sid       = "Account administrators"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
  }
}

resource "aws_kms_key" "this" {
  description             = "${var.name} data"
  deletion_window_in_days = var.window
  enable_key_rotation     = true
  policy                  = data.aws_iam_policy_document.key.json

  lifecycle {
    prevent_destroy = true
  }
}
