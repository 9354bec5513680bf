"""Building the command line's parser loads no use case: ``padi --help`` and the window (which starts
through the same ``main``) do not wait for SQLAlchemy, Alembic or the services to list a choice."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys
from desktop_app.cli import build_parser
build_parser()
heavy = ("sqlalchemy", "alembic", "reportlab", "openpyxl", "PySide6")
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in heavy
                        or (m.startswith("desktop_app.services.") and m.count(".") >= 3))))
"""


def test_building_the_parser_loads_no_use_case_or_database_library():
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
