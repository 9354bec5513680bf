"""Reusable widgets: the data grid and the chart view."""
