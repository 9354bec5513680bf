"""Opening an office: the bundle of every service over one database, where this PC keeps its
database, and the demo office.

Names load on first use (the command line starts without loading every use case).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.faces import lazy_names

if TYPE_CHECKING:
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
    from desktop_app.services.office.user_guide import (
        GUIDE_FILE_NAME,
        SHORTCUTS_APPENDIX,
        GuideInfo,
        guide_markdown,
        guide_source_path,
        missing_shots,
        render_guide,
        write_guide,
    )

_WHERE = {
    "ConnectionReport": ("desktop_app.services.office.database_choice", "ConnectionReport"),
    "DEMO_PASSWORD": ("desktop_app.services.office.demo", "DEMO_PASSWORD"),
    "DatabaseChoice": ("desktop_app.services.office.database_choice", "DatabaseChoice"),
    "SSL_CHOICES": ("desktop_app.services.office.database_choice", "SSL_CHOICES"),
    "Services": ("desktop_app.services.office.bundle", "Services"),
    "choice_of": ("desktop_app.services.office.database_choice", "choice_of"),
    "demo_office": ("desktop_app.services.office.demo_data", "demo_office"),
    "migrate_here": ("desktop_app.services.office.database_choice", "migrate_here"),
    "open_demo": ("desktop_app.services.office.demo", "open_demo"),
    "remember_password": ("desktop_app.services.office.database_choice", "remember_password"),
    "seed_demo": ("desktop_app.services.office.demo", "seed_demo"),
    "server_target": ("desktop_app.services.office.database_choice", "server_target"),
    "try_connection": ("desktop_app.services.office.database_choice", "try_connection"),
    "GUIDE_FILE_NAME": ("desktop_app.services.office.user_guide", "GUIDE_FILE_NAME"),
    "GuideInfo": ("desktop_app.services.office.user_guide", "GuideInfo"),
    "SHORTCUTS_APPENDIX": ("desktop_app.services.office.user_guide", "SHORTCUTS_APPENDIX"),
    "guide_markdown": ("desktop_app.services.office.user_guide", "guide_markdown"),
    "guide_source_path": ("desktop_app.services.office.user_guide", "guide_source_path"),
    "missing_shots": ("desktop_app.services.office.user_guide", "missing_shots"),
    "render_guide": ("desktop_app.services.office.user_guide", "render_guide"),
    "write_guide": ("desktop_app.services.office.user_guide", "write_guide"),
}
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
    "GUIDE_FILE_NAME",
    "GuideInfo",
    "SHORTCUTS_APPENDIX",
    "guide_markdown",
    "guide_source_path",
    "missing_shots",
    "render_guide",
    "write_guide",
]


__getattr__ = lazy_names(__name__, _WHERE)
