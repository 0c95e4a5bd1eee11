# Overrides the default of 10.
payments_window = 3
