# Someone shortened the waiting period "to clean up faster".
exports_window = 3
