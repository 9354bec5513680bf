"""The bundled-library list of the About dialog: walked from padi's requirements, read from metadata."""

from __future__ import annotations

import importlib.metadata as md
import tomllib
from pathlib import Path

from desktop_app.services.runtime import licences
from desktop_app.services.runtime.licences import bundled_libraries, licence_text, normalise, requirement_name

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def names() -> set[str]:
    return {normalise(lib.name) for lib in bundled_libraries()}


def test_direct_and_indirect_runtime_dependencies_are_listed_with_version_and_licence():
    found = names()
    for expected in ("pyside6-essentials", "shiboken6", "sqlalchemy", "alembic", "mako", "markupsafe", "pyqtgraph",
                     "numpy", "openpyxl", "et-xmlfile", "reportlab", "argon2-cffi", "argon2-cffi-bindings", "cffi",
                     "pycparser", "platformdirs", "python-calamine", "defusedxml", "cryptography", "pypdfium2",
                     "typing-extensions"):
        assert expected in found, expected
    libraries = {normalise(lib.name): lib for lib in bundled_libraries()}
    assert libraries["sqlalchemy"].licence == "MIT"
    assert libraries["sqlalchemy"].version == md.version("SQLAlchemy")
    assert "LGPL-3.0" in libraries["pyside6-essentials"].licence
    assert libraries["mako"].required_by == "alembic"
    assert "padi" not in found


def test_test_only_extras_are_not_bundled():
    found = names()
    for test_tool in ("pytest", "pytest-qt", "pytest-timeout", "import-linter", "jsonschema", "greenlet"):
        assert test_tool not in found


def test_requirement_lines():
    assert requirement_name("SQLAlchemy>=2.0") == "SQLAlchemy"
    assert requirement_name("cffi>=1.0.1; python_version < '3.14'") == "cffi"
    assert requirement_name("pytest>=8; extra == \"test\"") is None
    assert requirement_name("psutil; (sys_platform == 'linux') and extra == 'tests'") is None


def test_a_missing_distribution_is_listed_as_unknown_not_an_error(monkeypatch):
    real = licences._distribution

    def without_defusedxml(name: str):
        return None if normalise(name) == "defusedxml" else real(name)

    monkeypatch.setattr(licences, "_distribution", without_defusedxml)
    lib = next(lib for lib in bundled_libraries() if normalise(lib.name) == "defusedxml")
    assert (lib.version, lib.licence, lib.installed) == (None, None, False)
    assert licence_text("defusedxml") == ""


def test_without_padi_metadata_the_direct_list_is_used(monkeypatch):
    real = licences._distribution
    monkeypatch.setattr(licences, "_distribution", lambda name: None if name == "padi" else real(name))
    assert "pyside6-essentials" in names() and "mako" in names()


def test_the_fallback_list_matches_pyproject():
    declared = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["dependencies"]
    assert [requirement_name(line) for line in declared] == list(licences.DIRECT_REQUIREMENTS)


def test_full_licence_texts():
    assert "Permission is hereby granted" in licence_text("SQLAlchemy")
    both = licence_text("cryptography")
    assert "=== LICENSE.APACHE ===" in both and "=== LICENSE.BSD ===" in both
    assert licence_text("no-such-library-here") == ""
    assert "Bitstream Vera" in licences.font_licence_text()
