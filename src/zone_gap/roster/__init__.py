"""The enterprise roster: its rows, the figures at a year's end, the certificate pipeline."""
