"""Datasets through SOP steps 1-4: programmes and agenda, create, import and correct (1), check and
confirm (2), tabulate (3), present in the catalogue (4); revisions, series by period, the Sampah and search."""
