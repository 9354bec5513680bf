"""Shared fixtures and helpers for the ``padi`` command-line tests (tests/services/test_cli*.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.services.office.demo import DEMO_PASSWORD


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, seeded once per session (seeding takes a few seconds)."""
    path = tmp_path_factory.mktemp("demo-template") / "template.db"
    assert main(["init", "--db", str(path), "--demo"]) == 0
    return path


def build_demo(target: Path | str) -> None:
    assert main(["init", "--db", str(target), "--demo"]) == 0


@pytest.fixture
def demo_db(store, db_engine: str, demo_template: Path, tmp_path: Path) -> Path | str:
    """A fresh copy of the seeded demo database (and its chain-head anchor) for one test (a path; on the
    server, its URL)."""
    if db_engine != "sqlite":
        return store.copy("demo", build_demo)
    path = tmp_path / "padi.db"
    shutil.copyfile(demo_template, path)
    shutil.copyfile(f"{demo_template}.anchor", f"{path}.anchor")
    return path


@pytest.fixture
def as_demo_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PADI_PASSWORD", DEMO_PASSWORD)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``padi ARGV`` in-process: the exit code and what it printed (earlier output dropped)."""
    capsys.readouterr()  # drop anything printed before
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, object]:
    """``padi ARGV --json``: the exit code and the parsed JSON it printed."""
    code, out, _ = run(capsys, *argv, "--json")
    return code, json.loads(out)
