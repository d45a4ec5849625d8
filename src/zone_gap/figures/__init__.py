"""Numbers as the standards write them: percentages, the four comparisons, the words of a figure."""
