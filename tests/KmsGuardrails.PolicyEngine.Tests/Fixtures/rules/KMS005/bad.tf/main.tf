# Bring-your-own-key: material generated in the on-premises HSM and imported into KMS. The material
# expires on valid_to, and KMS deletes it then: the key is unusable at once, with no waiting period.
variable "key_material_base64" {
  type      = string
  sensitive = true
}

variable "material_expiry" {
  type    = string
  default = "2026-12-31T23:59:59Z"
}

resource "aws_kms_external_key" "card_vault" {
  description             = "card vault (imported material)"
  key_material_base64     = var.key_material_base64
  valid_to                = var.material_expiry
  deletion_window_in_days = 30
  enabled                 = true

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_kms_alias" "card_vault" {
  name          = "alias/card-vault"
  target_key_id = aws_kms_external_key.card_vault.id
}
