"""The PyInstaller bundle: built once from build_installer.spec, then run as the office would run it.

The Linux bundle comes from the same spec as the Windows one, so what it carries (resources, migrations,
PDFium, metadata) and whether the frozen program starts are checked here on every CI run. The commands
run the bundled console program ``padi-cli``, never Python.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop_app.app import SMOKE_PASSWORD, SMOKE_SCREENSHOT, SMOKE_USER, _smoke_settings
from desktop_app.services.office.demo import DEMO_PASSWORD

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build_installer.spec"
RUN_TIMEOUT = 180  # seconds for one run of the bundled program

# Building takes about a minute on a two-core machine; the first test of the module pays for it.
pytestmark = pytest.mark.timeout(900)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """dist/PADI built from the spec into a temporary folder (the checkout's build/ and dist/ are not touched)."""
    base = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(base / "dist"), "--workpath", str(base / "work"), str(SPEC)],
        cwd=ROOT, capture_output=True, text=True, timeout=840)
    assert result.returncode == 0, result.stderr[-5000:]
    print(f"bundle built in {time.monotonic() - started:.0f} s")
    return base / "dist" / "PADI"


@pytest.fixture
def run(bundle, tmp_path):
    """Run the bundled console program with a private settings and data folder; returns the finished process."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PADI_", "PYTHON")) and key not in ("VIRTUAL_ENV",)}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), HOME=str(tmp_path / "home"))
    program = bundle / ("padi-cli.exe" if sys.platform == "win32" else "padi-cli")

    def run_program(*args: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(program), *args], env={**env, **extra_env}, cwd=tmp_path,
                              capture_output=True, text=True, encoding="utf-8", timeout=RUN_TIMEOUT)

    return run_program


def _internal(bundle: Path) -> Path:
    return bundle / "_internal"


def test_bundle_holds_both_programs_and_every_runtime_file(bundle):
    suffix = ".exe" if sys.platform == "win32" else ""
    assert (bundle / f"PADI{suffix}").is_file()
    assert (bundle / f"padi-cli{suffix}").is_file()
    inside = _internal(bundle)
    for relative in ("resources/translations/padi_en.qm", "resources/fonts/DejaVuSans.ttf",
                     "resources/fonts/DejaVuSans-Bold.ttf", "resources/reference/wilayah-kota-tebing-tinggi.csv",
                     "resources/icons/padi.png", "resources/icons/padi.ico",
                     "desktop_app/storage/migrations/env.py", "desktop_app/storage/migrations/script.py.mako",
                     "reportlab/fonts/Vera.ttf"):
        assert (inside / relative).is_file(), relative
    runtime_resources = {p.relative_to(ROOT).as_posix() for p in (ROOT / "resources").rglob("*")
                         if p.is_file() and p.suffix != ".ts" and "installer" not in p.parts}
    assert not [name for name in runtime_resources if not (inside / name).is_file()]
    migrations = sorted(p.name for p in (ROOT / "desktop_app/storage/migrations/versions").glob("*.py"))
    assert migrations
    assert sorted(p.name for p in (inside / "desktop_app/storage/migrations/versions").glob("*.py")) == migrations
    assert list((inside / "pypdfium2_raw").glob("*pdfium*")), "the PDFium library of pypdfium2"
    assert not (inside / "resources" / "installer").exists()
    assert not list((inside / "resources").rglob("*.ts")), "translation sources are not run-time files"
    assert not (inside / "tkinter").exists() and not (inside / "pytest").exists()
    if (ROOT / "build" / "guide" / "Panduan-Pengguna-PADI.pdf").is_file():
        assert (inside / "resources" / "guide" / "Panduan-Pengguna-PADI.pdf").is_file()


def test_windows_version_resources_carry_the_program_version(bundle):
    from desktop_app import __version__
    work = bundle.parent.parent / "work" / SPEC.stem
    numbers = tuple(int(n) for n in __version__.split(".")) + (0,) * (4 - len(__version__.split(".")))
    for program in ("PADI", "padi-cli"):
        text = (work / f"{program}_version_info.txt").read_text("utf-8")
        assert f"filevers={numbers}" in text and f"'FileVersion', '{__version__}'" in text
        assert f"'OriginalFilename', '{program}.exe'" in text
        compile(text, program, "eval")  # PyInstaller evaluates it as one Python expression


def test_bundle_carries_the_metadata_of_every_runtime_dependency(bundle):
    import tomllib

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    wanted = {canonicalize_name(Requirement(line).name) for line in project["dependencies"]}
    wanted |= {"shiboken6", "padi"}
    # padi's own metadata is an .egg-info folder when built from an editable checkout
    present = {canonicalize_name(re.split(r"-|\.egg-info$", p.name)[0])
               for p in _internal(bundle).iterdir() if p.name.endswith((".dist-info", ".egg-info"))}
    assert wanted <= present, sorted(wanted - present)


def test_bundled_commands_init_check_backup_and_verify(run, tmp_path):
    db = tmp_path / "demo.db"
    made = run("init", "--demo", "--db", str(db), "--json")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["demo"] is True

    checked = run("check", "--db", str(db), "--json")
    assert checked.returncode == 0, checked.stderr
    assert json.loads(checked.stdout)["ok"] is True

    target = tmp_path / "flashdisk"
    target.mkdir()
    backed_up = run("backup", "--db", str(db), "--to", str(target), "--user", "admin", "--json",
                    PADI_PASSWORD=DEMO_PASSWORD)
    assert backed_up.returncode == 0, backed_up.stderr
    backup = json.loads(backed_up.stdout)
    archive = Path(backup["path"])
    assert archive.parent == target and archive.is_file()
    assert backup["sha256"] == hashlib.sha256(archive.read_bytes()).hexdigest()

    verified = run("verify", str(archive), "--json")
    assert verified.returncode == 0, verified.stderr
    report = json.loads(verified.stdout)
    assert report["ok"] is True and report["sha256"] == backup["sha256"]


def _distinct_colours(image: QImage) -> int:
    step_x, step_y = max(1, image.width() // 60), max(1, image.height() // 60)
    return len({image.pixel(x, y) for x in range(0, image.width(), step_x) for y in range(0, image.height(), step_y)})


@pytest.mark.parametrize(("lang", "first_tab", "last_tab"), [("id", "Dasbor", "Pengaturan"),
                                                             ("en", "Dashboard", "Settings")])
def test_bundled_program_opens_its_main_window_offscreen(run, tmp_path, lang, first_tab, last_tab):
    screenshot = tmp_path / f"main-window-{lang}.png"
    shown = run("--demo", "--db", str(tmp_path / "demo.db"), "--lang", lang,
                **{SMOKE_USER: "staf", SMOKE_PASSWORD: DEMO_PASSWORD, SMOKE_SCREENSHOT: str(screenshot)})
    assert shown.returncode == 0, shown.stderr
    report = json.loads(shown.stdout.strip().splitlines()[-1])
    assert report["tabs"][0] == first_tab and report["tabs"][-1] == last_tab
    assert report["tabs"][1].startswith("1 ")
    image = QImage(str(screenshot))
    assert not image.isNull()
    assert image.width() >= 640 and image.height() >= 400
    assert _distinct_colours(image) > 20, "the grab is blank"


def test_bundled_smoke_login_goes_through_the_password_check(run, tmp_path):
    screenshot = tmp_path / "never.png"
    refused = run("--demo", "--db", str(tmp_path / "demo.db"),
                  **{SMOKE_USER: "staf", SMOKE_PASSWORD: "not-the-password", SMOKE_SCREENSHOT: str(screenshot)})
    assert refused.returncode == 1
    assert "smoke login failed" in refused.stderr
    assert not screenshot.exists()


def test_smoke_switch_is_ignored_without_demo(monkeypatch, tmp_path):
    monkeypatch.setenv(SMOKE_USER, "admin")
    monkeypatch.setenv(SMOKE_PASSWORD, "whatever")
    monkeypatch.setenv(SMOKE_SCREENSHOT, str(tmp_path / "x.png"))
    assert _smoke_settings(demo=False) is None
    assert _smoke_settings(demo=True) == ("admin", "whatever", tmp_path / "x.png")
    monkeypatch.delenv(SMOKE_PASSWORD)
    assert _smoke_settings(demo=True) is None
