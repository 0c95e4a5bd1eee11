# The exports service's keys, one module call per data set.
variable "exports_window" {
  type        = number
  description = "Days before a destroyed key is deleted"
  default     = 30
}

module "exports" {
  source = "./modules/kms"
  name   = "exports"
  window = var.exports_window
}

module "audit" {
  source     = "./modules/kms"
  name       = "audit"
  window     = 30
  partner_id = "444455556666"
}

resource "aws_kms_key" "scratch" {
  description             = "scratch space for load tests"
  deletion_window_in_days = 7
}
