"""Opening the main window loads no exporter: reportlab, openpyxl, the renderers and pyqtgraph's
exporters are loaded only at the moment something is exported, through the service."""

from __future__ import annotations

import json
import os
import subprocess
import sys

HEAVY = ("reportlab", "openpyxl", "desktop_app.render", "pyqtgraph.exporters")

PROBE = f"""
import json, sys
import desktop_app.gui.main_window
heavy = {HEAVY!r}
print(json.dumps(sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in heavy))))
"""


def test_importing_the_main_window_loads_no_exporter():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120,
                          check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
