# Two buckets, each with its own key, through a local module. The module keeps its key out of
# `terraform destroy` with prevent_destroy; removing it is a reviewed change of its own.
module "invoices" {
  source      = "./modules/encrypted-bucket"
  bucket_name = "acme-invoices"
}

module "receipts" {
  source      = "./modules/encrypted-bucket"
  bucket_name = "acme-receipts"
}
