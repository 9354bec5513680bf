"""PDF renderers (reportlab): publications in every layout, letters, sheets, reports, the user guide."""
