"""The libraries PADI ships with, their versions and licences, read from the installed package metadata.

The list is the requirement graph of the ``padi`` distribution (``importlib.metadata``), so it follows
pyproject.toml by itself; optional extras (the test tools) are left out. In a frozen bundle the
metadata of each library is copied in by the bundle helper; a library whose metadata is missing is
still listed, with no version or licence, so the About dialog can say "unknown" rather than fail.
"""

from __future__ import annotations

import importlib.metadata as md
import re
from dataclasses import dataclass
from pathlib import Path

from desktop_app.paths import resource_path

ROOT_DISTRIBUTION = "padi"

# The runtime dependencies of pyproject.toml, for when the ``padi`` metadata itself is not installed
# (a test checks that this stays equal to pyproject.toml).
DIRECT_REQUIREMENTS: tuple[str, ...] = (
    "PySide6-Essentials", "SQLAlchemy", "alembic", "pyqtgraph", "openpyxl", "reportlab", "argon2-cffi",
    "platformdirs", "python-calamine", "defusedxml", "cryptography", "pypdfium2", "formulas", "psycopg", "keyring",
)

# Qt itself (inside PySide6) carries no licence file in the wheel's metadata; the About dialog says this.
QT_DISTRIBUTIONS = frozenset({"pyside6-essentials", "pyside6", "pyside6-addons", "shiboken6"})

_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_FALLBACK_LICENCE_FILES = ("LICENSE", "LICENSE.txt", "LICENSE.md", "LICENSE.rst", "LICENCE", "LICENCE.txt",
                           "LICENCE.rst", "COPYING", "COPYING.txt")


@dataclass(frozen=True)
class BundledLibrary:
    """One library in the program: ``version`` and ``licence`` are None when its metadata is missing."""

    name: str
    version: str | None
    licence: str | None
    required_by: str

    @property
    def installed(self) -> bool:
        return self.version is not None


def normalise(name: str) -> str:
    """A distribution name as PEP 503 compares them (case, ``-``, ``_`` and ``.`` do not matter)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str | None:
    """The distribution a requirement line names, or None for one that only an extra pulls in.

    A requirement with any other environment marker (a Python version, a platform) is kept; whether it
    applies here is decided by whether it is installed (see ``bundled_libraries``).
    """
    spec, _, marker = requirement.partition(";")
    if "extra" in marker:
        return None
    match = _NAME.match(spec)
    return match.group(1) if match else None


def _distribution(name: str) -> md.Distribution | None:
    try:
        return md.distribution(name)
    except md.PackageNotFoundError:
        return None


def _requirements(dist: md.Distribution | None) -> list[tuple[str, bool]]:
    """(name, has a marker) for each non-extra requirement of a distribution."""
    found = []
    for line in (dist.requires or []) if dist else []:
        name = requirement_name(line)
        if name:
            found.append((name, ";" in line))
    return found


def bundled_libraries(root: str = ROOT_DISTRIBUTION) -> list[BundledLibrary]:
    """Every library ``root`` needs at run time (directly or not), sorted by name; ``root`` not included.

    A requirement under an environment marker that is not installed is taken not to apply here (say
    ``tomli; python_version < "3.11"``); one without a marker that is missing is listed as unknown.
    """
    root_dist = _distribution(root)
    pending = _requirements(root_dist) if root_dist else [(name, False) for name in DIRECT_REQUIREMENTS]
    parents = {normalise(name): root for name, _ in pending}
    seen: dict[str, BundledLibrary] = {}
    while pending:
        name, conditional = pending.pop(0)
        key = normalise(name)
        if key in seen or key == normalise(root):
            continue
        dist = _distribution(name)
        if dist is None:
            if not conditional:
                seen[key] = BundledLibrary(name, None, None, parents.get(key, root))
            continue
        display = dist.metadata.get("Name") or name
        seen[key] = BundledLibrary(display, dist.version, licence_name(dist), parents.get(key, root))
        for child, child_conditional in _requirements(dist):
            parents.setdefault(normalise(child), display)
            pending.append((child, child_conditional))
    return sorted(seen.values(), key=lambda lib: normalise(lib.name))


def licence_name(dist: md.Distribution) -> str | None:
    """The licence as the metadata states it: License-Expression, else a short License, else classifiers."""
    meta = dist.metadata
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    declared = (meta.get("License") or "").strip()
    # Some projects put the whole licence text in this field: keep its first line only.
    if declared and declared.upper() != "UNKNOWN":
        first = declared.splitlines()[0].strip()
        return first if len(first) <= 120 else first[:117] + "..."
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return ", ".join(classifiers) or None


def licence_text(name: str) -> str:
    """The full licence text(s) a distribution carries ("" when it carries none or is missing).

    Several files (say LICENSE.APACHE and LICENSE.BSD) are joined, each under its file name.
    """
    dist = _distribution(name)
    if dist is None:
        return ""
    names = list(dict.fromkeys(dist.metadata.get_all("License-File") or []))
    if not names:
        names = [n for n in _FALLBACK_LICENCE_FILES if _read(dist, n)]
    parts = []
    for file_name in names:
        text = _read(dist, f"licenses/{file_name}") or _read(dist, file_name)
        if text:
            parts.append(text if len(names) == 1 else f"=== {file_name} ===\n{text}")
    return "\n\n".join(parts).strip()


def _read(dist: md.Distribution, relative: str) -> str:
    try:
        return dist.read_text(relative) or ""
    except (OSError, UnicodeDecodeError):
        return ""


def font_licence_path() -> Path:
    """The DejaVu font licence shipped with the PDF fonts."""
    return resource_path("fonts", "DejaVu-LICENSE.txt")


def font_licence_text() -> str:
    """The DejaVu font licence text ("" when the file is missing)."""
    try:
        return font_licence_path().read_text(encoding="utf-8")
    except OSError:
        return ""
