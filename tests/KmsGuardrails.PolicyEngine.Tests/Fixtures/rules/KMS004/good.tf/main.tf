# Multi-Region key for the session store, replicated to the disaster-recovery Region.
provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}

resource "aws_kms_key" "sessions" {
  description             = "session store (primary)"
  multi_region            = true
  enable_key_rotation     = true
  deletion_window_in_days = 30

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_kms_replica_key" "sessions_dr" {
  provider                = aws.dr
  description             = "session store (disaster recovery)"
  primary_key_arn         = aws_kms_key.sessions.arn
  deletion_window_in_days = 30

  lifecycle {
    prevent_destroy = true
  }
}
