"""Opening an office: the bundle of every service over one database, where this PC keeps its
database, and the demo office."""
