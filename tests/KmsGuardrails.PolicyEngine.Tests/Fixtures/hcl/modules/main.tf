variable "payments_window" {
  type    = number
  default = 10
}

module "payments" {
  source = "./modules/kms"
  name   = "payments"
  window = var.payments_window
}

module "logs" {
  source = "./modules/kms"
  name   = "logs"
  window = 30
}

module "disabled" {
  source = "./modules/kms"
  name   = "disabled"
  window = 1
  create = false
}

module "registry" {
  source  = "terraform-aws-modules/kms/aws"
  version = "~> 3.0"
}
