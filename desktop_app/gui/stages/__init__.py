"""One module per SOP stage tab, on a common base."""
