"""Alembic environment: runs on the connection PADI hands over (never from an ini file)."""

from alembic import context

from desktop_app.storage.models import Base

connection = context.config.attributes.get("connection")
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
