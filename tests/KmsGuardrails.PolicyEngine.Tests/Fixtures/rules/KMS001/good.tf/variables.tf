variable "environment" {
  type    = string
  default = "dev"
}

variable "deletion_window_in_days" {
  type        = number
  default     = 30
  description = "Days a key waits in PendingDeletion before KMS deletes it"
}
