"""Use cases shared by the GUI and the command line; no Qt here.

Grouped by area, each package's ``__init__`` its public face: ``runtime`` (what every use case runs
on), ``accounts``, ``timing`` (SOP timing), ``datasets`` (steps 1-4), ``publications`` (steps 5-7),
``archive`` (step 8) and ``office`` (the bundle of every service over one database, the demo office).
"""
