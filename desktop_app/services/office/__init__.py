"""Opening an office: the bundle of every service over one database, where this PC keeps its
database, and the demo office."""

from __future__ import annotations

from desktop_app.services.office.bundle import Services
from desktop_app.services.office.database_choice import (
    SSL_CHOICES,
    ConnectionReport,
    DatabaseChoice,
    choice_of,
    migrate_here,
    remember_password,
    server_target,
    try_connection,
)
from desktop_app.services.office.demo import DEMO_PASSWORD, open_demo, seed_demo
from desktop_app.services.office.demo_data import demo_office

__all__ = [
    "ConnectionReport",
    "DEMO_PASSWORD",
    "DatabaseChoice",
    "SSL_CHOICES",
    "Services",
    "choice_of",
    "demo_office",
    "migrate_here",
    "open_demo",
    "remember_password",
    "seed_demo",
    "server_target",
    "try_connection",
]
