payments_window = 45
