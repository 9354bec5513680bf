"""The office-file corpus: files built from a known truth (``builder``, ``cases``) and imported exactly."""
