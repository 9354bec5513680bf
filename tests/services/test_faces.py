"""The services packages' faces: every name they promise resolves, and a name loads only its own module."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

PACKAGES = ("runtime", "accounts", "timing", "datasets", "publications", "archive", "office")


@pytest.mark.parametrize("package", PACKAGES)
def test_every_name_of_a_face_resolves(package):
    face = importlib.import_module(f"desktop_app.services.{package}")
    assert face.__all__ and face.__doc__
    for name in face.__all__:
        assert getattr(face, name) is not None, name
    with pytest.raises(AttributeError):
        face.no_such_name  # noqa: B018


def test_a_name_from_a_face_loads_only_its_module():
    script = ("import sys\n"
              "from desktop_app.services.datasets import CHANNELS\n"
              "from desktop_app.services.archive import BackupError\n"
              "print(sorted(m for m in sys.modules if m.startswith('desktop_app.services.')))\n")
    loaded = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout
    assert "desktop_app.services.datasets.dataset_service" in loaded
    assert "desktop_app.services.archive.backup_format" in loaded
    for other in ("datasets.tabulation", "datasets.importing", "archive.backup_service", "publications.",
                  "office."):
        assert f"desktop_app.services.{other}" not in loaded, other
