"""A standard, a figures file and a plan as data, each checked as a whole."""
