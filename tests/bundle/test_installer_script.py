"""The Inno Setup script (ISCC does not run here): the settings the office relies on are in place."""

from __future__ import annotations

import re
from pathlib import Path

ISS = Path(__file__).resolve().parents[2] / "resources" / "installer" / "PADI.iss"


def _directives(text: str) -> dict[str, str]:
    setup = text.split("[Setup]", 1)[1].split("\n[", 1)[0]
    return dict(re.findall(r"^(\w+)=(.*)$", setup, flags=re.MULTILINE))


def test_installs_per_user_without_administrator_rights():
    setup = _directives(ISS.read_text("utf-8"))
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    assert setup["DefaultDirName"] == r"{autopf}\PADI"
    assert setup["AppVersion"] == "{#AppVersion}"


def test_uninstall_never_deletes_anything_beyond_what_it_installed():
    text = ISS.read_text("utf-8")
    sections = re.findall(r"^\[(\w+)\]", text, flags=re.MULTILINE)
    assert "UninstallDelete" not in sections and "UninstallRun" not in sections
    code = [line for line in text.splitlines() if not line.lstrip().startswith(";")]
    assert not [line for line in code if "{localappdata}" in line.lower()], "only comments may name the data folder"


def test_installs_the_bundle_with_a_start_menu_shortcut_in_both_languages():
    text = ISS.read_text("utf-8")
    assert re.search(r'^Source: "\.\.\\\.\.\\dist\\PADI\\\*"; DestDir: "\{app\}"', text, flags=re.MULTILINE)
    assert re.search(r'^Name: "\{autoprograms\}\\PADI"; Filename: "\{app\}\\PADI\.exe"', text, flags=re.MULTILINE)
    assert 'MessagesFile: "compiler:Default.isl"' in text and "Indonesian.isl" in text
