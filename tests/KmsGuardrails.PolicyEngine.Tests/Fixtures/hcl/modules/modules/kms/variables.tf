variable "name" {
  type = string
}

variable "window" {
  type    = number
  default = 30
}

variable "create" {
  type    = bool
  default = true
}
