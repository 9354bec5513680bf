"""Dialogs of the stage tabs."""
