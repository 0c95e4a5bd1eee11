environment             = "staging"
deletion_window_in_days = 3
