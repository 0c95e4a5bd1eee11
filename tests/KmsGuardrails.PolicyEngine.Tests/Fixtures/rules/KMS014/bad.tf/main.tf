# Two buckets, each with its own key, through a local module. The module's key has no
# prevent_destroy: `terraform destroy`, or removing a module block, destroys the key.
module "invoices" {
  source      = "./modules/encrypted-bucket"
  bucket_name = "acme-invoices"
}

module "receipts" {
  source      = "./modules/encrypted-bucket"
  bucket_name = "acme-receipts"
}
