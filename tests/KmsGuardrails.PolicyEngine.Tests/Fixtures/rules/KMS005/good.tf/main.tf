# Bring-your-own-key: material generated in the on-premises HSM and imported into KMS without an
# expiry (KEY_MATERIAL_DOES_NOT_EXPIRE), so KMS never deletes it on its own.
variable "key_material_base64" {
  type      = string
  sensitive = true
}

resource "aws_kms_external_key" "card_vault" {
  description             = "card vault (imported material)"
  key_material_base64     = var.key_material_base64
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
