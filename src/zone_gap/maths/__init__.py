"""Growth, trends and the result types of an evaluation; no criterion kind appears here."""
