"""Persistence: SQLAlchemy models, the SQLite engine, migrations and the hash-chained log."""
